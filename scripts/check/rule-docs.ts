import { join } from "node:path";
import type { Rule } from "./rule.js";

/** Files whose rule list is generated from the rules (`npm run docs`), relative to the package root. */
export const ruleDocFiles = {
  page: join("docs", "rules.md"),
  readme: "README.md",
} as const;

export const readmeMarkers = { start: "<!-- rules:start -->", end: "<!-- rules:end -->" } as const;

export function rulesText(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.code.length));
  return rules
    .map((rule) => `${rule.code.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`)
    .join("");
}

export function rulesJson(rules: readonly Rule[]): string {
  const list = rules.map(({ code, severity, description }) => ({ code, severity, description }));
  return `${JSON.stringify({ rules: list }, null, 2)}\n`;
}

export function rulesMarkdown(rules: readonly Rule[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const rows = rules.map(
    (rule) => `| \`${rule.code}\` | ${rule.severity} | ${cell(rule.description)} |`,
  );
  return ["| code | severity | meaning |", "|---|---|---|", ...rows, ""].join("\n");
}

export function rulesPage(rules: readonly Rule[]): string {
  return [
    "# Rules",
    "",
    "<!-- Generated from scripts/check/rules/ by `npm run docs`. Do not edit. -->",
    "",
    "`npx actormap validate` runs every rule below and reports each problem as",
    "`file:line:column severity code message`; the message says what to do. Errors make",
    "`validate` exit 1; warnings do not. Rule codes are a public contract: they are never renamed.",
    "",
    "The first four are found while a file is read; a file with one of them is left out of the",
    "checks that follow. `npx actormap rules` prints the same list.",
    "",
    rulesMarkdown(rules),
  ].join("\n");
}

/** `readme` with the text between the rule markers replaced by the table; undefined without markers. */
export function withRulesTable(readme: string, rules: readonly Rule[]): string | undefined {
  const start = readme.indexOf(readmeMarkers.start);
  const end = readme.indexOf(readmeMarkers.end);
  if (start < 0 || end < start) return undefined;
  const before = readme.slice(0, start + readmeMarkers.start.length);
  return `${before}\n${rulesMarkdown(rules)}${readme.slice(end)}`;
}
