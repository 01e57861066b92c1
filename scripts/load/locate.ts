import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { Position } from "../core/diagnostic.js";
import type { NodePath } from "./types.js";

/**
 * 1-based position of the node at `path`. A path that does not exist resolves to its deepest
 * existing ancestor; an ancestor (or `at: "key"`) reached through a map key points at that key.
 */
export function locateNode(
  doc: Document,
  lines: LineCounter,
  path: NodePath,
  at: "key" | "value" = "value",
): Position {
  let node = doc.contents as Node | null;
  let key: Node | undefined;
  let found = 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      key = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)] as Node | undefined;
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else break;
    found++;
  }
  // An empty value (`actors:` and nothing) has no text of its own: point at its key.
  const empty = !node?.range || node.range[0] === node.range[1];
  const useKey = key && (at === "key" || found < path.length || empty);
  const target = useKey ? key : (node ?? undefined);
  return position(lines, target ? startOf(target) : 0);
}

/** Where a node's own text begins: a block collection's range may start at a comment before it. */
function startOf(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const first = node.items[0];
    const inner = (isMap(node) ? (first as { key?: Node } | undefined)?.key : first) as
      | Node
      | undefined;
    if (inner?.range) return startOf(inner);
  }
  return node.range?.[0] ?? 0;
}

export function position(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** 1-based position of `offset` in `text`, for files read without a LineCounter. */
export function positionInText(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
