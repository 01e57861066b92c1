import { readFileSync } from "node:fs";
import { UserError } from "../cli/command.js";
import type { ExportFile } from "../generated/export-file.js";
import { validateExportFile } from "../load/validators.js";

/** The export schema version this actormap writes (schema/export.schema.json). */
const currentSchemaVersion = "1.0.0";

const lists = ["vendors", "actors", "mappings", "clusters", "redirects"] as const;

/**
 * Parses an actormap.json. An export of the current schema version is validated against the
 * schema (a release downloads the previous one: a damaged file must stop it with one line); one
 * of another version is checked only for the shape the diff relies on, so it can still be
 * compared (that difference is itself reported).
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
  if (record?.schema_version === currentSchemaVersion) {
    const [problem] = validateExportFile(data);
    if (problem) {
      throw new UserError(
        `${shown} does not match schema/export.schema.json at /${problem.path.join("/")}: ${problem.message}`,
      );
    }
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
