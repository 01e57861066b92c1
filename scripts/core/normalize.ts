const nonAscii = /[\u0080-\uffff]/;

/**
 * The key two names are compared by: Unicode NFKC, case-folded, every character that is not a
 * letter or digit removed. "Cozy Bear" = "COZY BEAR" = "cozy-bear".
 *
 * toLowerCase() without a locale is the Unicode default case mapping, so the result does not
 * depend on LC_ALL (the Turkish dotless i). A final NFKC folds what lower-casing decomposed.
 */
export function nameKey(name: string): string {
  // Most names are ASCII, where NFKC changes nothing: the same key, several times faster.
  if (!nonAscii.test(name)) return name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return name
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]/gu, "");
}
