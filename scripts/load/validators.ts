// The JSON Schemas of the data files, as validators compiled ahead of time by
// scripts/schema/generate-validators.ts (`npm run generate`): no schema compilation at start-up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ErrorObject } from "ajv";
import { schemaDir } from "../core/paths.js";
import { validate as exportFile } from "../generated/export-file-validator.js";
import { validate as registryFile } from "../generated/registry-file-validator.js";
import { validate as vendorFile } from "../generated/vendor-file-validator.js";
import { describeSchemaErrors, type SchemaProblem } from "./schema-messages.js";

export type Validator = (data: unknown) => SchemaProblem[];

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

function withMessages(validate: GeneratedValidator, schemaFile: string): Validator {
  let schema: Record<string, unknown> | undefined;
  return (data) => {
    if (validate(data)) return [];
    // The schema's descriptions word the messages; only needed when something is wrong.
    schema ??= JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8")) as Record<
      string,
      unknown
    >;
    return describeSchemaErrors(validate.errors ?? [], schema, data);
  };
}

export const validateVendorFile = withMessages(vendorFile, "vendor.schema.json");
export const validateRegistryFile = withMessages(registryFile, "registry.schema.json");
export const validateExportFile = withMessages(exportFile, "export.schema.json");
