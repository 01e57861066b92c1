import type { Rule } from "../rule.js";

/** Reported by the loader. */
export const yamlDuplicateKey: Rule = {
  code: "yaml-duplicate-key",
  severity: "error",
  description: "a mapping repeats a key",
  stage: "load",
};
