// Comparisons of a file's text with its canonical form (see scripts/fix/serialize.ts).

/**
 * Whether `text` is `expected` (the canonical text written without comments) with comments only
 * where the canonical writer puts them: a full-line comment indented like the line after it (or at
 * column 0 at the end), a trailing one after exactly one space, nothing after it.
 */
export function matchesCanonical(text: string, expected: string): boolean {
  if (text === expected) return true;
  if (!text.endsWith("\n")) return false;
  const lines = text.slice(0, -1).split("\n");
  const kept: string[] = [];
  const pending: number[] = [];
  for (const [index, line] of lines.entries()) {
    const content = line.trimStart();
    const column = line.length - content.length;
    if (index > 0 && content.startsWith("#")) {
      if (line.trimEnd() !== line) return false;
      pending.push(column);
      continue;
    }
    if (pending.some((c) => c !== column)) return false;
    pending.length = 0;
    const stripped = withoutTrailingComment(line);
    if (stripped === undefined) return false;
    kept.push(stripped);
  }
  if (pending.some((c) => c !== 0)) return false;
  return `${kept.join("\n")}\n` === expected;
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
