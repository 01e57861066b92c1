// How the canonical writer spells one scalar. A string is written plain only when every YAML
// parser (1.1 or 1.2, js-yaml or yaml) reads it back as the same string; everything else is
// double-quoted with JSON escapes, which are valid YAML escapes.

/** Plain words that YAML 1.1 or 1.2 would read as a boolean or null. */
const ambiguousWords = new Set(["y", "n", "yes", "no", "true", "false", "on", "off", "null"]);

/** A letter first (no indicator, digit, sign or dot), then letters, digits, punctuation, symbols, spaces. */
const plainCharacters = /^\p{L}[\p{L}\p{N}\p{P}\p{S} ]*$/u;

/** Characters YAML does not allow raw in a double-quoted scalar, or that some parsers read as a line break. */
const unprintable = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** The common case, checked first because it is cheaper than the Unicode classes above. */
const asciiPlainCharacters = /^[A-Za-z][\w .,:;/#@()'+&*!?=%~-]*$/;

function isPlainSafe(text: string): boolean {
  return (
    (asciiPlainCharacters.test(text) || plainCharacters.test(text)) &&
    !text.endsWith(" ") &&
    !text.endsWith(":") &&
    !text.includes(": ") &&
    !text.includes(" #") &&
    !ambiguousWords.has(text.toLowerCase())
  );
}

function quoteScalar(text: string): string {
  return JSON.stringify(text).replace(
    unprintable,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (typeof value !== "string") return String(value);
  return isPlainSafe(value) ? value : quoteScalar(value);
}
