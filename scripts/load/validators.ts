// The JSON Schemas of the data files, each compiled once per process on first use.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";
import { schemaDir } from "../core/paths.js";
import { describeSchemaErrors, type SchemaProblem } from "./schema-messages.js";

export type Validator = (data: unknown) => SchemaProblem[];

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

function compiled(schemaFile: string): Validator {
  let validate: ValidateFunction | undefined;
  let schema: Record<string, unknown> = {};
  return (data) => {
    if (!validate) {
      schema = JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8"));
      const ajv = new Ajv2020({ allErrors: true, verbose: true, strictTypes: false });
      addFormats(ajv);
      validate = ajv.compile(schema);
    }
    return validate(data) ? [] : describeSchemaErrors(validate.errors ?? [], schema, data);
  };
}

export const validateVendorFile = compiled("vendor.schema.json");
export const validateRegistryFile = compiled("registry.schema.json");
