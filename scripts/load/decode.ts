import type { Position } from "../core/diagnostic.js";

// ignoreBOM keeps a byte order mark in the text, so the canonical check sees (and fix drops) it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type Decoded = { text: string } | { badByte: Position; byte: number };

/** The file's text, or the position of the first byte that is not UTF-8. */
export function decodeUtf8(input: string | Uint8Array): Decoded {
  if (typeof input === "string") return { text: input };
  try {
    return { text: utf8.decode(input) };
  } catch {
    const at = firstInvalidByte(input);
    const lineStart = input.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (input[i] === 0x0a) line++;
    // The part of the line before the bad byte is valid UTF-8: count its characters.
    const column = [...utf8.decode(input.subarray(lineStart, at))].length + 1;
    return { badByte: { line, column }, byte: input[at] ?? 0 };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i`, 0 when it is not one (RFC 3629 table). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
