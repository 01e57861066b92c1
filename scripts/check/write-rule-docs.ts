// `npm run docs`: regenerates docs/rules.md and the README's rule table from the rule list.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../core/paths.js";
import { ruleDocFiles, rulesPage, withRulesTable } from "./rule-docs.js";
import { rules } from "./rules/index.js";

writeFileSync(join(packageRoot, ruleDocFiles.page), rulesPage(rules));
const readmePath = join(packageRoot, ruleDocFiles.readme);
const readme = withRulesTable(readFileSync(readmePath, "utf8"), rules);
if (readme === undefined) {
  console.error("README.md has no <!-- rules:start --> / <!-- rules:end --> markers");
  process.exitCode = 1;
} else writeFileSync(readmePath, readme);
