import { compareText } from "../core/diagnostic.js";

/** Sorts a copy by the given text keys in turn, in code-unit order (locale-free). */
export function sortByText<T>(items: readonly T[], ...keys: ((item: T) => string)[]): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const order = compareText(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** Elements of `a` not in `b`, sorted. */
export function setMinus(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => !other.has(x)).sort(compareText);
}

/** Same elements in the same order: the common case, checked before any set is built. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
