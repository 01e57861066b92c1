import type { Changes } from "./diff-exports.js";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** CHANGES.json: keys sorted, arrays in the documented order, 2-space indent, final newline. */
export function renderChangesJson(changes: Changes): string {
  return `${JSON.stringify(sortKeys(changes), null, 2)}\n`;
}
