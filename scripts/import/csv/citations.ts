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
    if (github)
      urls.push(`https://github.com/${github[1]}/blob/${github[3] ?? "HEAD"}/${github[2]}`);
  }
  return urls;
}

/**
 * The address a mapping between two vendors' names cites: the first cited address containing one
 * of the target vendor's preferred fragments (--prefer-source), else one of the writing
 * vendor's, else the row's first address. The target's preference comes first because the
 * target's name is what the source must hold.
 */
export function chooseCitation(
  urls: string[],
  vendors: [target: string, writer: string],
  preferred: Map<string, string[]>,
): string | undefined {
  for (const vendor of vendors) {
    const fragments = preferred.get(vendor) ?? [];
    const url = urls.find((u) => fragments.some((fragment) => u.includes(fragment)));
    if (url) return url;
  }
  return urls[0];
}
