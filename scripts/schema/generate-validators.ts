// Compiles the JSON Schemas of the data files into standalone validator modules with ajv's code
// generation, so `validate` does not load ajv's compiler or compile schemas at every start.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { _ } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCodePlugin from "ajv/dist/standalone/index.js";
import addFormatsPlugin from "ajv-formats";
import { schemaDir } from "../core/paths.js";

// Both are CommonJS: under NodeNext their default import is the module object.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;
const standaloneCode = standaloneCodePlugin as unknown as typeof standaloneCodePlugin.default;

/** Schema file in schema/ → generated validator module in scripts/generated/. */
export const generatedValidators: Record<string, string> = {
  "vendor.schema.json": "vendor-file-validator.ts",
  "registry.schema.json": "registry-file-validator.ts",
  "export.schema.json": "export-file-validator.ts",
};

// The generated code calls `require` for ajv's runtime helpers and the format checks.
const preamble = [
  "// Generated from schema/%s by scripts/schema/generate-validators.ts. Do not edit: run `npm run generate`.",
  "// @ts-nocheck",
  'import { createRequire } from "node:module";',
  "const require = createRequire(import.meta.url);",
  "",
].join("\n");

export function renderValidator(schemaFile: string): string {
  const schema = JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8")) as object;
  // allErrors and verbose: schema-messages.ts words every problem, from the failing schema's text.
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strictTypes: false,
    code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  const code = standaloneCode(ajv, ajv.compile(schema)).replace(/^"use strict";/, "");
  return `${preamble.replace("%s", schemaFile)}${code}\n`;
}
