// A reader for files in canonical form only (what scripts/fix/yaml-emitter.ts writes): block maps
// and lists at two spaces per level, one entry per line, scalars plain or JSON-quoted. Much faster
// than a general YAML parser on a cold start. It gives up (undefined) on anything else, and its
// result is trusted only once the data serializes back to the file's text, which proves that every
// YAML parser reads the file as this data (see test/fix/canonical-parsers.test.ts).

class NotCanonical extends Error {}

interface Line {
  indent: number;
  content: string;
}

export function readCanonical(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith("#") || !text.endsWith("\n")) return undefined;
  const lines: Line[] = [];
  for (const line of text.slice(0, -1).split("\n").slice(1)) {
    const content = line.trimStart();
    if (content.startsWith("#")) continue;
    lines.push({ indent: line.length - content.length, content });
  }
  try {
    const reader = new Reader(lines);
    const data = reader.map(0, undefined);
    return reader.done() ? data : undefined;
  } catch (error) {
    if (error instanceof NotCanonical) return undefined;
    throw error;
  }
}

class Reader {
  private at = 0;

  constructor(private readonly lines: readonly Line[]) {}

  done(): boolean {
    return this.at === this.lines.length;
  }

  /** A map at `indent`; `first` is its first entry when it sits on a list item's dash line. */
  map(indent: number, first: string | undefined): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    if (first !== undefined) this.entry(map, first, indent);
    for (let line = this.lines[this.at]; line?.indent === indent; line = this.lines[this.at]) {
      if (line.content.startsWith("-")) throw new NotCanonical();
      this.at++;
      this.entry(map, line.content, indent);
    }
    return map;
  }

  private list(indent: number): unknown[] {
    const list: unknown[] = [];
    for (let line = this.lines[this.at]; line?.indent === indent; line = this.lines[this.at]) {
      this.at++;
      if (line.content === "-") list.push(this.block(indent + 2));
      else if (line.content.startsWith("- ")) {
        const item = line.content.slice(2);
        list.push(isEntry(item) ? this.map(indent + 2, item) : inline(item));
      } else throw new NotCanonical();
    }
    return list;
  }

  /** The list or map on the lines below an entry, at `indent`. */
  private block(indent: number): unknown {
    const next = this.lines[this.at];
    if (next?.indent !== indent) throw new NotCanonical();
    return next.content.startsWith("-") ? this.list(indent) : this.map(indent, undefined);
  }

  private entry(map: Record<string, unknown>, content: string, indent: number) {
    const { key, rest } = splitKey(content);
    if (key === "__proto__" || Object.hasOwn(map, key)) throw new NotCanonical();
    map[key] =
      rest === "" || rest.startsWith(" #") ? this.block(indent + 2) : inline(rest.slice(1));
  }
}

/** `key:` and what follows the colon. */
function splitKey(content: string): { key: string; rest: string } {
  if (content.startsWith('"')) {
    const end = endOfQuoted(content);
    if (content[end] !== ":") throw new NotCanonical();
    return { key: quoted(content.slice(0, end)), rest: content.slice(end + 1) };
  }
  const colon = content.search(/:(?: |$)/);
  if (colon <= 0) throw new NotCanonical();
  return { key: content.slice(0, colon), rest: content.slice(colon + 1) };
}

/** Whether a list item's text starts a map (`- id: x`) rather than being a scalar (`- x`). */
function isEntry(item: string): boolean {
  if (item.startsWith('"')) return item[endOfQuoted(item)] === ":";
  const comment = item.indexOf(" #");
  return /:(?: |$)/.test(comment === -1 ? item : item.slice(0, comment));
}

/** A value written on its key's line, with an optional trailing comment. */
function inline(text: string): unknown {
  if (text.startsWith('"')) {
    const end = endOfQuoted(text);
    const rest = text.slice(end);
    if (rest !== "" && !rest.startsWith(" #")) throw new NotCanonical();
    return quoted(text.slice(0, end));
  }
  const comment = text.indexOf(" #");
  const word = comment === -1 ? text : text.slice(0, comment);
  if (word === "[]") return [];
  if (word === "{}") return {};
  if (word === "null") return null;
  if (word === "true" || word === "false") return word === "true";
  if (/^\p{L}/u.test(word)) return word;
  const number = Number(word);
  if (word !== "" && String(number) === word) return number;
  throw new NotCanonical();
}

/** A double-quoted scalar the canonical writer wrote: JSON escapes only. */
function quoted(text: string): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    throw new NotCanonical();
  }
}

/** Offset after the closing quote of the JSON-quoted scalar `text` starts with. */
function endOfQuoted(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  throw new NotCanonical();
}
