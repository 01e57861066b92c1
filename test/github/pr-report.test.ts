import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../scripts/github/report.js";
import { vendorYaml } from "../fixtures/github/vendors.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { git, pullRequestRepo } from "./git-repo.js";

async function fix(dir: string): Promise<void> {
  const result = await runCli(["fix"], { cwd: dir });
  if (result.code !== 0) throw new Error(`actormap fix failed: ${result.stderr}${result.stdout}`);
}

async function prReport(repo: string) {
  const out = join(tempDir(), "report");
  const summaryFile = join(tempDir(), "summary.md");
  writeFileSync(summaryFile, "");
  const headSha = git(repo, "rev-parse", "HEAD").trim();
  const result = await runCli(
    ["pr-report", "--base", "main", "--pr", "7", "--head-sha", headSha, "--out", out],
    { cwd: repo, env: { GITHUB_STEP_SUMMARY: summaryFile } },
  );
  return {
    ...result,
    headSha,
    report: () => parseReport(readFileSync(join(out, "report.json"), "utf8")),
    diff: () => readFileSync(join(out, "diff.md"), "utf8"),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

const base = { "data/vendors/acme.yaml": vendorYaml("acme", ["@alice"]) };

describe("actormap pr-report", () => {
  it("writes the artifact and a job summary with the dataset diff against the base", async () => {
    const repo = await pullRequestRepo(
      base,
      { "data/vendors/acme.yaml": vendorYaml("acme", ["@alice"], "Green Heron") },
      fix,
    );
    const result = await prReport(repo);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.report()).toEqual({
      format: "actormap-pr-report/1",
      pullRequest: 7,
      headSha: result.headSha,
      errors: 0,
      warnings: 0,
      diagnostics: [],
    });
    expect(result.diff()).toContain("Green Heron");
    expect(result.summary).toMatch(/^## actormap report\n\n✅ \*\*0 errors, 0 warnings\*\*/);
    expect(result.summary).toContain(
      "<details><summary>How the published dataset changes</summary>",
    );
    expect(result.summary).toContain("Green Heron");
  });

  it("lists the diagnostics in the summary and the report when the data has problems", async () => {
    const broken = vendorYaml("acme", ["@alice"]).replace(
      "    status: active",
      "    status: active\n    origin: XX",
    );
    const repo = await pullRequestRepo(base, { "data/vendors/acme.yaml": broken }, async (dir) => {
      if (git(dir, "branch", "--show-current").trim() === "main") await fix(dir);
    });
    const result = await prReport(repo);
    expect(result.code).toBe(0);
    const report = result.report();
    expect(report.errors).toBeGreaterThan(0);
    expect(
      report.diagnostics.some((d) => d.file === "data/vendors/acme.yaml" && d.code === "schema"),
    ).toBe(true);
    expect(result.summary).toContain("| Severity | Code | Location | Message |");
    expect(result.summary).toMatch(/\| error \| schema \| data\/vendors\/acme\.yaml:\d+:\d+ \|/);
  });

  it("refuses a pull request number that is not one", async () => {
    const result = await runCli([
      "pr-report",
      "--base",
      "main",
      "--pr",
      "7; rm -rf /",
      "--head-sha",
      "a".repeat(40),
      "--out",
      "x",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--pr must be a pull request number, got "7; rm -rf /"');
  });
});
