// Generates TypeScript types from the JSON Schemas in schema/, so each shape is written once.
// `--check` fails when a generated file is stale (run in CI through the test suite).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile, type JSONSchema } from "json-schema-to-typescript";
import { packageRoot, schemaDir } from "../core/paths.js";

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

async function run(check: boolean): Promise<number> {
  let stale = 0;
  for (const [schemaFile, out] of Object.entries(generatedTypes)) {
    const target = join(packageRoot, "scripts", "generated", out);
    const text = await renderTypes(schemaFile);
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {}
    if (current === text) continue;
    if (check) {
      console.error(`scripts/generated/${out} is stale: run \`npm run generate\``);
      stale++;
    } else {
      writeFileSync(target, text);
      console.log(`wrote scripts/generated/${out}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  process.exitCode = await run(process.argv.includes("--check"));
}
