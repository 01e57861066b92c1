import { compareText } from "../core/diagnostic.js";

/**
 * JSON with every object's keys in code-unit order, two-space indent and a final `\n`: the same
 * value always gives the same bytes, whatever order the code built it in. The sorted copies are
 * made one object at a time while stringifying, so a large value is not held twice.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, sortedKeys, 2)}\n`;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareText)) {
    sorted[key] = (value as Record<string, unknown>)[key];
  }
  return sorted;
}
