import type { Rule } from "../rule.js";

/** Reported by the loader. */
export const schemaRule: Rule = {
  code: "schema",
  severity: "error",
  description: "JSON Schema violation; the message names the field and the expected form",
  stage: "load",
};
