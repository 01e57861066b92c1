// Comparisons of a file's text with its canonical form (see scripts/fix/serialize.ts).

/**
 * Whether `text` is `expected` (the canonical text written without comments) with comments only
 * where the canonical writer puts them (see load/comments.ts), so that rewriting it would not move
 * a byte: full-line comments indented like the line after them, or ending an enclosing block at
 * that block's column (deepest first), and trailing comments after exactly one space.
 */
export function matchesCanonical(text: string, expected: string): boolean {
  return commentLines(text, expected) !== undefined;
}

/**
 * The 1-based lines of `text`'s full-line comments (ascending) when it `matchesCanonical`
 * `expected`; undefined when it does not.
 */
export function commentLines(text: string, expected: string): number[] | undefined {
  if (text === expected) return [];
  if (!text.endsWith("\n")) return undefined;
  const lines = text.slice(0, -1).split("\n");
  const kept: string[] = [];
  const comments: number[] = [];
  const pending: number[] = [];
  let previousBlock = 0;
  for (const [index, line] of lines.entries()) {
    const content = line.trimStart();
    const column = line.length - content.length;
    if (index > 0 && content.startsWith("#")) {
      if (line.trimEnd() !== line) return undefined;
      pending.push(column);
      comments.push(index + 1);
      continue;
    }
    if (!commentsFit(pending, column, previousBlock)) return undefined;
    pending.length = 0;
    const stripped = withoutTrailingComment(line);
    if (stripped === undefined) return undefined;
    kept.push(stripped);
    previousBlock = deepestBlockColumn(stripped, column);
  }
  if (!commentsFit(pending, 0, previousBlock)) return undefined;
  return `${kept.join("\n")}\n` === expected ? comments : undefined;
}

/** The line of `text` that holds line `line` of the canonical text, given its `commentLines`. */
export function lineWithComments(comments: readonly number[], line: number): number {
  let actual = line;
  for (const comment of comments) {
    if (comment > actual) break;
    actual++;
  }
  return actual;
}

/**
 * Comment columns before a line at `next`: first the ends of blocks enclosing the previous line
 * (even columns up to `previousBlock`, deepest first), then comments at the next line's column.
 */
function commentsFit(columns: readonly number[], next: number, previousBlock: number): boolean {
  let last = Number.POSITIVE_INFINITY;
  for (const column of columns) {
    if (column > last || column < next) return false;
    if (column > next && (column % 2 !== 0 || column > previousBlock)) return false;
    last = column;
  }
  return true;
}

/** The column of the innermost list or map a canonical line writes into: "  - id: x" → 4. */
function deepestBlockColumn(line: string, indent: number): number {
  return /^- (?:[A-Za-z_][\w-]*|"[^"]*"):(?: |$)/.test(line.slice(indent)) ? indent + 2 : indent;
}

/**
 * A canonical line without its trailing comment; undefined when the comment is not canonical.
 * A canonical line is indentation, "- " markers, then a key (plain, or quoted with `"`) and ": ",
 * then a value (plain, or quoted); plain scalars never hold ": " or " #".
 */
function withoutTrailingComment(line: string): string | undefined {
  if (!line.includes("#")) return line;
  let at = line.length - line.trimStart().length;
  while (line.startsWith("- ", at)) at += 2;
  for (let part = 0; part < 2; part++) {
    if (line[at] === '"') {
      at = endOfQuoted(line, at);
      if (line.startsWith(": ", at) && part === 0) at += 2;
      else return cutComment(line, at);
    } else if (line[at] === "#" && line[at - 1] === " ") {
      return cutComment(line, at - 1);
    } else {
      const comment = line.indexOf(" #", at);
      const colon = line.indexOf(": ", at);
      if (colon !== -1 && (comment === -1 || colon < comment) && part === 0) at = colon + 2;
      else return cutComment(line, comment === -1 ? line.length : comment);
    }
  }
  return line;
}

/** The line up to `at`, if what follows is nothing or exactly " #comment". */
function cutComment(line: string, at: number): string | undefined {
  const rest = line.slice(at);
  if (rest === "") return line;
  if (!rest.startsWith(" #") || line[at - 1] === " " || line.trimEnd() !== line) return undefined;
  return line.slice(0, at);
}

/** Offset after the closing quote of the double-quoted scalar starting at `start`. */
function endOfQuoted(line: string, start: number): number {
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === '"') return i + 1;
  }
  return line.length;
}

export interface Difference {
  /** 1-based line of the first difference in `text`. */
  line: number;
  /** The canonical line there, undefined when `text` is longer. */
  expected: string | undefined;
}

export function firstDifference(text: string, expected: string): Difference {
  const actual = text.split("\n");
  const wanted = expected.split("\n");
  let index = 0;
  while (index < actual.length && actual[index] === wanted[index]) index++;
  return { line: index + 1, expected: wanted[index] };
}
