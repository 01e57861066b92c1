// Comparisons of a file's text with its canonical form (see scripts/fix/serialize.ts).

/**
 * Whether `text` is `expected` (the canonical text written without comments) with comments only
 * where the canonical writer puts them (see load/comments.ts), so that rewriting it would not move
 * a byte: full-line comments indented like the line after them, or ending an enclosing block at
 * that block's column (deepest first), and trailing comments after exactly one space.
 */
export function matchesCanonical(text: string, expected: string): boolean {
  if (text === expected) return true;
  if (!text.endsWith("\n")) return false;
  const lines = text.slice(0, -1).split("\n");
  const kept: string[] = [];
  const pending: number[] = [];
  let previousBlock = 0;
  for (const [index, line] of lines.entries()) {
    const content = line.trimStart();
    const column = line.length - content.length;
    if (index > 0 && content.startsWith("#")) {
      if (line.trimEnd() !== line) return false;
      pending.push(column);
      continue;
    }
    if (!commentsFit(pending, column, previousBlock)) return false;
    pending.length = 0;
    const stripped = withoutTrailingComment(line);
    if (stripped === undefined) return false;
    kept.push(stripped);
    previousBlock = deepestBlockColumn(stripped, column);
  }
  if (!commentsFit(pending, 0, previousBlock)) return false;
  return `${kept.join("\n")}\n` === expected;
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

/** A canonical line without its trailing comment; undefined when the comment is not canonical. */
function withoutTrailingComment(line: string): string | undefined {
  if (!line.includes("#")) return line;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "#" && line[i - 1] === " ") {
      if (line[i - 2] === " " || line.trimEnd() !== line) return undefined;
      return line.slice(0, i - 1);
    }
  }
  return line;
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
