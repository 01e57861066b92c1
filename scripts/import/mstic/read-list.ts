import { compareText } from "../../core/diagnostic.js";
import { nameKey } from "../../core/normalize.js";
import type { JsonSource } from "../json-source.js";

/** One actor of Microsoft's list, whatever shape the list had. */
export interface ListEntry {
  name: string;
  /** "Origin/Threat" as published, spaces trimmed ("" when absent). */
  originThreat: string;
  /** Names from "Previous name" (Microsoft's own former names). */
  previousNames: string[];
  /** Names from "Other names", in order. */
  otherNames: string[];
  /** "(Merged into Octo Tempest)" in place of other names. */
  mergedInto?: string;
}

export interface ListReading {
  entries: ListEntry[];
  /** Repairs made while reading (spaces trimmed, repeated entries merged). */
  notes: string[];
}

// The three shapes: 2023 `New name`/`Previous name`/`Other names` (an array; one release had a
// string); 2024 `Threat actor name`/`Previous name`; since 2024-12 without `Previous name`.
const nameKeys = ["Threat actor name", "New name"] as const;
const knownKeys = new Set([...nameKeys, "Previous name", "Origin/Threat", "Other names"]);

/**
 * Reads the list's entries, in every shape Microsoft has published. Entries repeated under one
 * name are merged; names are trimmed of surrounding spaces, never otherwise changed.
 */
export function readList(source: JsonSource): ListReading {
  const notes: string[] = [];
  if (!Array.isArray(source.value)) {
    throw source.error([], "expected a JSON array of threat actors, as Microsoft publishes it");
  }
  const byKey = new Map<string, ListEntry>();
  source.value.forEach((item: unknown, index) => {
    const entry = readEntry(source, item, index, notes);
    const key = nameKey(entry.name);
    const previous = byKey.get(key);
    if (previous) {
      notes.push(`"${entry.name}" is listed more than once: the entries were merged`);
      mergeInto(previous, entry);
    } else byKey.set(key, entry);
  });
  const entries = [...byKey.values()].sort((a, b) => compareText(a.name, b.name));
  return { entries, notes: [...new Set(notes)] };
}

function readEntry(source: JsonSource, item: unknown, index: number, notes: string[]): ListEntry {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    throw source.error([index], 'expected an object with a "Threat actor name"');
  }
  const fields = item as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!knownKeys.has(key)) {
      throw source.error(
        [index, key],
        `unknown key "${key}": this importer knows ${[...knownKeys].map((k) => `"${k}"`).join(", ")}` +
          " (has Microsoft changed the list's shape?)",
        "key",
      );
    }
  }
  const text = (key: string, owner: string): string => {
    const value = fields[key] ?? "";
    if (typeof value !== "string") throw source.error([index, key], `"${key}" must be a string`);
    return trimmed(value, `${key} of ${owner}`, notes);
  };
  const nameKeyUsed = nameKeys.find((key) => key in fields);
  const name = nameKeyUsed ? text(nameKeyUsed, `entry ${index + 1}`) : "";
  if (name === "") throw source.error([index], 'the entry has no "Threat actor name"');

  const entry: ListEntry = {
    name,
    originThreat: text("Origin/Threat", name),
    // "DEV-0139, DEV-1222" and "DEV-0198 (NEPTUNIUM)" hold two former names each.
    previousNames: text("Previous name", name)
      .split(/[,()]/)
      .map((part) => part.trim())
      .filter((part) => part !== ""),
    otherNames: [],
  };
  const other = fields["Other names"] ?? "";
  if (Array.isArray(other)) {
    other.forEach((value: unknown, i) => {
      if (typeof value !== "string") {
        throw source.error([index, "Other names", i], "each of the other names must be a string");
      }
      entry.otherNames.push(...splitNames(value, name, notes));
    });
  } else if (typeof other === "string") {
    const merged = /^\s*\(merged into (.+)\)\s*$/i.exec(other);
    if (merged?.[1]) entry.mergedInto = merged[1].trim();
    else entry.otherNames = splitNames(other, name, notes);
  } else {
    throw source.error(
      [index, "Other names"],
      '"Other names" must be a string or a list of strings',
    );
  }
  return entry;
}

function splitNames(value: string, owner: string, notes: string[]): string[] {
  return value
    .split(",")
    .map((part, i) => trimmed(part, `Other names of ${owner}`, notes, i > 0))
    .filter((part) => part !== "");
}

/** Trims surrounding white space; a note records it unless it is only the space after a comma. */
function trimmed(value: string, where: string, notes: string[], afterComma = false): string {
  const result = value.trim();
  const expected = afterComma ? value.replace(/^ /, "") : value;
  if (result !== expected && result !== "") {
    notes.push(`"${value}" (${where}): surrounding spaces removed`);
  }
  return result;
}

function mergeInto(target: ListEntry, other: ListEntry): void {
  const union = (a: string[], b: string[]) => {
    const keys = new Set(a.map(nameKey));
    return [...a, ...b.filter((name) => !keys.has(nameKey(name)))];
  };
  target.previousNames = union(target.previousNames, other.previousNames);
  target.otherNames = union(target.otherNames, other.otherNames);
  if (target.originThreat === "") target.originThreat = other.originThreat;
  target.mergedInto ??= other.mergedInto;
}
