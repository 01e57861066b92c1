import { distance } from "fastest-levenshtein";
import { compareText } from "../core/diagnostic.js";
import { nameKey } from "../core/normalize.js";

/**
 * The closest of `candidates` to `wanted` by edit distance of their name keys, at most `limit`,
 * as written. Each candidate is one thing's names (an actor's id, name and aliases) and shows
 * up once, by its closest name; only plausible typos count (distance at most half the key).
 */
export function nearest(
  wanted: string,
  candidates: Iterable<readonly string[]>,
  limit = 3,
): string[] {
  const key = nameKey(wanted);
  const threshold = Math.max(2, Math.ceil(key.length / 2));
  const scored: [string, number][] = [];
  for (const names of candidates) {
    let best: [string, number] | undefined;
    for (const name of names) {
      const d = distance(key, nameKey(name));
      if (!best || d < best[1]) best = [name, d];
    }
    if (best && best[1] <= threshold) scored.push(best);
  }
  return scored
    .sort(([x, dx], [y, dy]) => dx - dy || compareText(x, y))
    .slice(0, limit)
    .map(([name]) => name);
}

/** `did you mean "A", "B"? ` or "" when nothing is close. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  return `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(", ")}? `;
}
