import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  readmeMarkers,
  ruleDocFiles,
  rulesPage,
  withRulesTable,
} from "../../scripts/check/rule-docs.js";
import { rules } from "../../scripts/check/rules/index.js";
import { packageRoot } from "../../scripts/core/paths.js";
import { runCli } from "../helpers/cli.js";

/**
 * DESIGN.md's table: the codes and severities are a public contract. `partial-in-cluster` was
 * added after it (a partial relation inside a cluster would put that name among the cluster's
 * aliases in every export); codes are only ever added.
 */
const contract = {
  "yaml-syntax": "error",
  "yaml-duplicate-key": "error",
  "yaml-alias": "error",
  schema: "error",
  "vendor-id-mismatch": "error",
  "duplicate-actor-id": "error",
  "duplicate-uuid": "error",
  "duplicate-name": "error",
  "suspicious-text": "error",
  "unknown-vendor": "error",
  "unknown-actor": "error",
  "self-mapping": "error",
  "duplicate-mapping": "error",
  "relation-mismatch": "error",
  dispute: "error",
  "cluster-collision": "error",
  "partial-in-cluster": "warning",
  "bad-merge": "error",
  "one-sided": "warning",
  "mapping-to-inactive": "warning",
  "missing-uuid": "error",
  "not-canonical": "error",
};

describe("the rule list", () => {
  it("holds exactly the documented codes with their severities, in the documented order", () => {
    expect(rules.map((rule) => [rule.code, rule.severity])).toEqual(Object.entries(contract));
  });

  it("gives every model-stage rule a check and every rule a one-line description", () => {
    for (const rule of rules) {
      expect(rule.description).toMatch(/^[^\n]+$/);
      if (rule.stage === "model") expect(rule.check).toBeTypeOf("function");
    }
  });

  it("matches docs/rules.md (regenerate with `npm run docs`)", () => {
    expect(readFileSync(join(packageRoot, ruleDocFiles.page), "utf8")).toBe(rulesPage(rules));
  });

  it("matches the README's table between the rules markers (regenerate with `npm run docs`)", () => {
    const readme = readFileSync(join(packageRoot, ruleDocFiles.readme), "utf8");
    expect(readme).toContain(readmeMarkers.start);
    expect(withRulesTable(readme, rules)).toBe(readme);
  });
});

describe("actormap rules", () => {
  it("prints code, severity and description of every rule", async () => {
    const { code, stdout } = await runCli(["rules"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(rules.length);
    expect(lines[18]).toMatch(/^one-sided +warning +A maps to B/);
  });

  it("prints JSON with --format json and the docs table with --format markdown", async () => {
    const json = await runCli(["rules", "--format", "json"]);
    expect(JSON.parse(json.stdout).rules).toContainEqual({
      code: "dispute",
      severity: "error",
      description: "A maps to B as same, but B maps to A2 as same",
    });
    const markdown = await runCli(["rules", "--format", "markdown"]);
    expect(rulesPage(rules)).toContain(markdown.stdout);
  });

  it("rejects an unknown format with exit 2 and one line", async () => {
    const { code, stderr } = await runCli(["rules", "--format", "xml"]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain('unknown format "xml"');
  });
});
