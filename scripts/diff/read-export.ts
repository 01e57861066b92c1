import { readFileSync } from "node:fs";
import { UserError } from "../cli/command.js";
import type { ExportFile } from "../generated/export-file.js";

const lists = ["vendors", "actors", "mappings", "clusters", "redirects"] as const;

/**
 * Parses an actormap.json. Only the shape the diff relies on is checked, so an export written
 * under another schema version can still be compared (that difference is itself reported).
 */
export function parseExport(text: string, shown: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${shown} is not valid JSON (${(error as Error).message})`);
  }
  const record = data as Record<string, unknown> | null;
  const missing = [
    ...(["schema_version", "version"] as const).filter((k) => typeof record?.[k] !== "string"),
    ...lists.filter((k) => !Array.isArray(record?.[k])),
  ];
  if (typeof data !== "object" || Array.isArray(data) || missing.length > 0) {
    throw new UserError(
      `${shown} is not an actormap.json export (missing or wrong: ${missing.join(", ") || "an object"})`,
    );
  }
  return data as ExportFile;
}

export function readExport(path: string, shown: string = path): ExportFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${shown}: ${(error as Error).message}`);
  }
  return parseExport(text, shown);
}
