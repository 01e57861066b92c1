import type { Rule } from "../rule.js";

/** Reported by the loader. */
export const yamlAlias: Rule = {
  code: "yaml-alias",
  severity: "error",
  description: "an anchor, alias or merge key is used",
  stage: "load",
};
