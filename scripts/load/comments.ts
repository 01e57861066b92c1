// Comments of a YAML file, attached to the data path they belong to, so the canonical writer can
// put them back after it reorders keys and sorts actors. `yaml` attaches a comment to whatever node
// precedes it (a comment before an actor often lands on the previous actor's last list), so the
// attachment here is by lines and columns instead:
// - a comment on its own line belongs before the next line's outermost node (`- id: x` → the actor),
//   unless it is indented deeper than that line: then it ends the deepest enclosing block of the
//   previous line that is indented no deeper than the comment;
// - a comment after a value belongs to the last node that starts on that line.
import type { Document, LineCounter, Node } from "yaml";
import type { NodePath } from "./types.js";
import { yaml } from "./yaml-module.js";

export interface NodeComments {
  /** Full-line comments written before the node, text after `#`. */
  before?: string[];
  /** A comment on the node's own line, after the value. */
  trailing?: string;
  /** Full-line comments after the last item of a list or map. */
  end?: string[];
}

/** Data path (see `pathKey`) → comments. Paths index the data as it was read. */
export type CommentMap = ReadonlyMap<string, NodeComments>;

export function pathKey(path: NodePath): string {
  return path.join("/");
}

/** The editor hint the canonical writer puts on line 1 itself. */
const schemaHint = /^# yaml-language-server:/;

interface Layout {
  /** line → outermost path starting on it */
  owner: Map<number, NodePath>;
  /** line → deepest path starting on it */
  last: Map<number, NodePath>;
  /** pathKey → column (0-based) of the items of a list or map */
  blockColumn: Map<string, number>;
  /** [start, end) offsets of every scalar, in document order */
  scalars: [number, number][];
}

export function extractComments(doc: Document, text: string, lines: LineCounter): CommentMap {
  const layout = describeLayout(doc, text, lines);
  const ownerLines = [...layout.owner.keys()].sort((a, b) => a - b);
  const comments = new Map<string, NodeComments>();
  const add = (path: NodePath, where: "before" | "end", text: string) => {
    const key = pathKey(path);
    const found = comments.get(key) ?? {};
    comments.set(key, { ...found, [where]: [...(found[where] ?? []), text] });
  };
  for (const comment of findComments(text, layout.scalars, lines)) {
    if (comment.line === 1 && comment.column === 0 && schemaHint.test(`#${comment.text}`)) continue;
    const lastOnLine = comment.trailing ? layout.last.get(comment.line) : undefined;
    if (lastOnLine) {
      comments.set(pathKey(lastOnLine), {
        ...comments.get(pathKey(lastOnLine)),
        trailing: comment.text,
      });
      continue;
    }
    const nextIndex = firstGreater(ownerLines, comment.line);
    const nextLine = ownerLines[nextIndex];
    const nextPath = nextLine === undefined ? undefined : layout.owner.get(nextLine);
    const nextColumn = nextLine === undefined ? 0 : indentation(text, lines, nextLine);
    const previousLine = ownerLines[nextIndex - 1];
    const previousPath = previousLine === undefined ? undefined : layout.last.get(previousLine);
    const block =
      comment.column > nextColumn && previousPath
        ? enclosingBlock(previousPath, layout.blockColumn, nextColumn, comment.column)
        : undefined;
    if (block) add(block, "end", comment.text);
    else if (nextPath) add(nextPath, "before", comment.text);
    else add([], "end", comment.text);
  }
  return comments;
}

/** The deepest list or map around `path` whose items sit in columns (after, upTo]. */
function enclosingBlock(
  path: NodePath,
  blockColumn: Map<string, number>,
  after: number,
  upTo: number,
): NodePath | undefined {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const column = blockColumn.get(pathKey(prefix));
    if (column !== undefined && column > after && column <= upTo) return prefix;
  }
  return undefined;
}

function describeLayout(doc: Document, text: string, lines: LineCounter): Layout {
  const { isMap, isScalar, isSeq } = yaml();
  const layout: Layout = { owner: new Map(), last: new Map(), blockColumn: new Map(), scalars: [] };
  const mark = (offset: number, path: NodePath) => {
    const line = lines.linePos(offset).line;
    if (!layout.owner.has(line)) layout.owner.set(line, path);
    layout.last.set(line, path);
  };
  // Collections are not marked by their own range, which may start at a comment before them.
  const walk = (node: Node | null | undefined, path: NodePath) => {
    if (!node?.range) return;
    if (isScalar(node)) {
      mark(node.range[0], path);
      layout.scalars.push([node.range[0], node.range[1]]);
    } else if (isMap(node)) {
      const first = node.items[0]?.key as Node | undefined;
      if (first?.range)
        layout.blockColumn.set(pathKey(path), lines.linePos(first.range[0]).col - 1);
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const childPath = [...path, isScalar(key) ? String(key.value) : ""];
        if (key?.range) {
          mark(key.range[0], childPath);
          if (isScalar(key)) layout.scalars.push([key.range[0], key.range[1]]);
        }
        walk(pair.value as Node | null, childPath);
      }
    } else if (isSeq(node)) {
      const first = node.items[0] as Node | undefined;
      if (first?.range)
        layout.blockColumn.set(
          pathKey(path),
          indentation(text, lines, lines.linePos(first.range[0]).line),
        );
      node.items.forEach((item, index) => {
        const start = isMap(item)
          ? (item.items[0]?.key as Node | undefined)
          : (item as Node | null);
        if (start?.range) mark(start.range[0], [...path, index]);
        walk(item as Node | null, [...path, index]);
      });
    }
  };
  walk(doc.contents as Node | null, []);
  return layout;
}

interface FoundComment {
  line: number;
  /** 0-based column of `#` */
  column: number;
  text: string;
  /** true when something precedes it on its line */
  trailing: boolean;
}

/** Every `#` that starts a comment: outside scalars, at a line start or after white space. */
function* findComments(
  text: string,
  scalars: [number, number][],
  lines: LineCounter,
): Generator<FoundComment> {
  let scalar = 0;
  for (let at = text.indexOf("#"); at !== -1; at = text.indexOf("#", at + 1)) {
    while (scalars[scalar] && (scalars[scalar] as [number, number])[1] <= at) scalar++;
    const inside = scalars[scalar];
    if (inside && inside[0] <= at) continue;
    const before = text[at - 1];
    if (before !== undefined && before !== " " && before !== "\t" && before !== "\n") continue;
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const { line, col } = lines.linePos(at);
    const lineStart = at - (col - 1);
    yield {
      line,
      column: col - 1,
      text: text.slice(at + 1, end).replace(/\s+$/, ""),
      trailing: text.slice(lineStart, at).trim() !== "",
    };
    at = end;
  }
}

function indentation(text: string, lines: LineCounter, line: number): number {
  const start = lines.lineStarts[line - 1] ?? 0;
  let at = start;
  while (text[at] === " ") at++;
  return at - start;
}

/** Index of the first element greater than `value` in an ascending array. */
function firstGreater(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
