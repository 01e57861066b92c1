import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { cleanVendors, diagnosticLines, fixedDataset } from "./datasets.js";

/**
 * Two vendor files without uuids, where every one of `count` actors of `source` maps to its own
 * actor of `target`, which says nothing back: more than ten errors (missing-uuid) and more than
 * ten warnings (one-sided), enough to overflow GitHub's annotation limit on both.
 */
function crowdedDataset(count: number): string {
  const vendor = (id: string) =>
    `vendor:\n  id: ${id}\n  name: Vendor ${id}\n  url: https://example.com/${id}\n  provenance: curated\n`;
  const actor = (id: string, mapping?: string) =>
    `  - id: ${id}\n    name: ${id.toUpperCase()}\n    category: unknown\n    status: active\n` +
    (mapping
      ? `    mappings:\n      - vendor: target\n        actor: ${mapping}\n        source: https://example.com/source\n`
      : "");
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return tempDir({
    "data/vendors/source.yaml": `${vendor("source")}actors:\n${numbers.map((i) => actor(`s${i}`, `t${i}`)).join("")}`,
    "data/vendors/target.yaml": `${vendor("target")}actors:\n${numbers.map((i) => actor(`t${i}`)).join("")}`,
  });
}

interface JsonReport {
  diagnostics: Record<string, unknown>[];
  errors: number;
  warnings: number;
}

describe("actormap validate --format", () => {
  it("text: one line per diagnostic, sorted, then the count", async () => {
    const dir = await fixedDataset({
      ...cleanVendors,
      mandiant: "mandiant-typo.yaml",
      unit42: "unit42-one-sided.yaml",
    });
    const result = await runCli(["validate", "--format", "text"], { cwd: dir });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1)).toEqual(diagnosticLines(result.stdout).map((m) => m[0]));
    expect(lines.map((line) => line.split(":")[0])).toEqual([
      "data/vendors/mandiant.yaml",
      "data/vendors/unit42.yaml",
      "1 error, 1 warning in 2 files",
    ]);
  });

  it("json: only the report object on stdout, with exactly the documented keys", async () => {
    const dir = await fixedDataset({ ...cleanVendors, mandiant: "mandiant-typo.yaml" });
    const result = await runCli(["validate", "--format", "json"], { cwd: dir });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["diagnostics", "errors", "warnings"]);
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(0);
    expect(report.diagnostics).toHaveLength(1);
    const [diagnostic] = report.diagnostics;
    expect(Object.keys(diagnostic ?? {})).toEqual([
      "severity",
      "code",
      "file",
      "line",
      "column",
      "message",
    ]);
    expect(diagnostic).toMatchObject({
      severity: "error",
      code: "unknown-actor",
      file: "data/vendors/mandiant.yaml",
    });
    expect(diagnostic?.line).toBeGreaterThan(1);
    expect(diagnostic?.column).toBeGreaterThan(1);
    expect(result.code).toBe(1);
  });

  it("json: a clean dataset gives an empty list and exit 0", async () => {
    const dir = await fixedDataset(cleanVendors);
    const result = await runCli(["validate", "--format", "json"], { cwd: dir });
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(result.code).toBe(0);
  });

  it("github: an annotation per diagnostic on its file, line and column, titled with the code", async () => {
    const dir = await fixedDataset({ ...cleanVendors, mandiant: "mandiant-typo.yaml" });
    const json = JSON.parse((await runCli(["validate", "--format", "json"], { cwd: dir })).stdout);
    const result = await runCli(["validate", "--format", "github"], { cwd: dir });
    const [d] = (json as JsonReport).diagnostics;
    expect(result.stdout.split("\n")[0]).toBe(
      `::error title=unknown-actor,file=data/vendors/mandiant.yaml,line=${d?.line},col=${d?.column}::${d?.message}`,
    );
    expect(result.code).toBe(1);
  });

  it("github: ten errors and ten warnings, then one notice counting the rest", async () => {
    const dir = crowdedDataset(12);
    const json = JSON.parse(
      (await runCli(["validate", "--format", "json"], { cwd: dir })).stdout,
    ) as JsonReport;
    expect(json.errors).toBeGreaterThan(10);
    expect(json.warnings).toBeGreaterThan(10);

    const result = await runCli(["validate", "--format", "github"], { cwd: dir });
    const commands = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    const kinds = commands.map((line) => /^::(\w+)/.exec(line)?.[1]);
    expect(kinds.filter((k) => k === "error")).toHaveLength(10);
    expect(kinds.filter((k) => k === "warning")).toHaveLength(10);
    expect(kinds.at(-1)).toBe("notice");
    expect(commands).toHaveLength(21);
    expect(commands.at(-1)).toBe(
      `::notice::${json.errors - 10} more errors and ${json.warnings - 10} more warnings not shown as annotations: run \`npx actormap validate\` for the full list`,
    );
    expect(result.code).toBe(1);
  });

  it("github: a message cannot start a workflow command of its own", async () => {
    const dir = await fixedDataset({ ...cleanVendors, mandiant: "mandiant-typo.yaml" });
    const file = join(dir, "data", "vendors", "mandiant.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("COZY BAER", '"COZY\\n::add-mask::BAER"'),
    );
    const result = await runCli(["validate", "--format", "github"], { cwd: dir });
    expect(result.stdout).not.toMatch(/^::add-mask::/m);
    expect(result.code).toBe(1);
  });
});
