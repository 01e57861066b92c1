// Generates TypeScript types from the JSON Schemas in schema/, so each shape is written once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { schemaDir } from "../core/paths.js";

/** Schema file in schema/ → generated module in scripts/generated/. */
export const generatedTypes: Record<string, string> = {
  "vendor.schema.json": "vendor-file.ts",
  "export.schema.json": "export-file.ts",
  "registry.schema.json": "registry-file.ts",
  "changes.schema.json": "changes-file.ts",
};

const banner =
  "// Generated from schema/%s by scripts/schema/generate-types.ts. Do not edit: run `npm run generate`.\n";

export async function renderTypes(schemaFile: string): Promise<string> {
  const schema = JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8")) as JSONSchema;
  const body = await compile(schema, schema.title ?? schemaFile, {
    bannerComment: banner.replace("%s", schemaFile),
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { printWidth: 100, singleQuote: false, trailingComma: "all" },
  });
  return body;
}
