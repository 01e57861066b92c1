import { UserError } from "../cli/command.js";
import type { Position } from "../core/diagnostic.js";
import { decodeUtf8 } from "../load/decode.js";

/** 1-based line and column of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** `file:line:column: message`, the form every import error takes. */
export function inputError(file: string, position: Position, message: string): UserError {
  return new UserError(`${file}:${position.line}:${position.column}: ${message}`);
}

/**
 * An input file's bytes as text: UTF-8 only, a leading byte order mark dropped (spreadsheet
 * exports often carry one). Anything else fails at the first byte that is not UTF-8.
 */
export function decodeInput(file: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if ("badByte" in decoded) {
    throw inputError(
      file,
      decoded.badByte,
      "the file is not UTF-8 text; save it as UTF-8 and import it again",
    );
  }
  return decoded.text.replace(/^\uFEFF/, "");
}
