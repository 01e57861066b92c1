import type { Rule } from "../rule.js";

/** Reported by the loader. */
export const yamlSyntax: Rule = {
  code: "yaml-syntax",
  severity: "error",
  description: "the file does not parse (also: not UTF-8, tabs, several documents)",
  stage: "load",
};
