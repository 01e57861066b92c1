/**
 * The web addresses a source cell cites. Citations are separated by ";"; each is a web address,
 * or a GitHub file citation `owner/repo:path@commit` (the form spreadsheets compiled from GitHub
 * data use), which becomes `https://github.com/owner/repo/blob/commit/path` (`HEAD` without a
 * commit). Anything after the address (a date, a note in parentheses) is ignored.
 */
export function citedUrls(cell: string): string[] {
  const urls: string[] = [];
  for (const part of cell.split(";").map((p) => p.trim())) {
    const url = /^https?:\/\/[^\s,;]+/.exec(part)?.[0];
    if (url) {
      urls.push(url);
      continue;
    }
    const github = /^([\w.-]+\/[\w.-]+):([^@\s(,]+)(?:@([0-9a-f]{7,40}))?/.exec(part);
    if (github) urls.push(`https://github.com/${github[1]}/blob/${github[3] ?? "HEAD"}/${github[2]}`);
  }
  return urls;
}

/**
 * The address a mapping written into `vendor`'s file cites: the first cited address containing
 * one of the vendor's preferred fragments (--prefer-source), else the first cited address.
 */
export function chooseCitation(
  urls: string[],
  vendor: string,
  preferred: Map<string, string[]>,
): string | undefined {
  const fragments = preferred.get(vendor) ?? [];
  return urls.find((url) => fragments.some((fragment) => url.includes(fragment))) ?? urls[0];
}
