import type { Document, LineCounter, Node } from "yaml";
import type { Position } from "../core/diagnostic.js";
import type { WrittenNode } from "../fix/yaml-emitter.js";
import { lineWithComments } from "./canonical.js";
import type { NodePath } from "./types.js";
import { yaml } from "./yaml-module.js";

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
  const { isMap, isScalar, isSeq } = yaml();
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

/**
 * `locateNode` for a file in canonical form, from where the canonical writer puts each node
 * (`layout`) and the file's full-line comments (`comments`, see `commentLines`): no parse needed.
 */
export function locateWritten(
  layout: WrittenNode,
  comments: readonly number[],
  path: NodePath,
  at: "key" | "value" = "value",
): Position {
  let node = layout;
  let key: Position | undefined;
  let found = 0;
  for (const step of path) {
    const { children } = node;
    const child = children instanceof Map ? children.get(String(step)) : children?.[Number(step)];
    if (!child) break;
    key = child.key;
    node = child;
    found++;
  }
  const target = key && (at === "key" || found < path.length) ? key : node.value;
  return { line: lineWithComments(comments, target.line), column: target.column };
}

/** Where a node's own text begins: a block collection's range may start at a comment before it. */
function startOf(node: Node): number {
  const { isMap, isSeq } = yaml();
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
