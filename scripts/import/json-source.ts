import { isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import type { Position } from "../core/diagnostic.js";
import type { NodePath } from "../load/types.js";
import { inputError, positionAt } from "./input-text.js";
import { findJsonSyntaxError } from "./json-syntax.js";

/** A parsed JSON input that can say where any of its values is, for error messages. */
export interface JsonSource {
  file: string;
  value: unknown;
  /**
   * Position of the value at `path` (of its key, with `at: "key"`), or of its deepest existing
   * ancestor.
   */
  locate(path: NodePath, at?: "key" | "value"): Position;
  /** A UserError `file:line:column: message` pointing at the node at `path`. */
  error(path: NodePath, message: string, at?: "key" | "value"): Error;
}

/**
 * Parses JSON text. Invalid JSON fails with the line and column where it stops being JSON.
 * Positions of valid input are computed only when asked for, by re-reading the text with
 * `yaml` (JSON is YAML), so the common path costs one JSON.parse.
 */
export function parseJsonSource(file: string, text: string): JsonSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const syntax = findJsonSyntaxError(text) ?? { offset: 0, reason: (cause as Error).message };
    throw inputError(file, positionAt(text, syntax.offset), `not valid JSON: ${syntax.reason}`);
  }
  let located: { lineCounter: LineCounter; document: ReturnType<typeof parseDocument> } | undefined;
  const locate = (path: NodePath, at: "key" | "value" = "value"): Position => {
    if (!located) {
      const lineCounter = new LineCounter();
      const document = parseDocument(text, { lineCounter, uniqueKeys: false, strict: false });
      located = { lineCounter, document };
    }
    const { document, lineCounter } = located;
    const position = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    };
    const parent = document.getIn(path.slice(0, -1), true);
    if (at === "key" && isMap(parent)) {
      const pair = parent.items.find(
        (item) => isScalar(item.key) && item.key.value === path.at(-1),
      );
      if (isScalar(pair?.key) && pair.key.range) return position(pair.key.range[0]);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return position(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  return {
    file,
    value,
    locate,
    error: (path, message, at) => inputError(file, locate(path, at), message),
  };
}
