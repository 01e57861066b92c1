import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { cleanVendors, diagnosticLines, expectNoCrash, fixedDataset } from "./datasets.js";

describe("actormap validate exit codes", () => {
  it("exits 0 and reports no problems for a clean dataset", async () => {
    const dir = await fixedDataset(cleanVendors);
    const result = await runCli(["validate"], { cwd: dir });
    expect(result.stdout).toBe("no problems in 3 files\n");
    expect(result.code).toBe(0);
  });

  it("exits 0 when there are only warnings, and prints them", async () => {
    const dir = await fixedDataset({ ...cleanVendors, unit42: "unit42-one-sided.yaml" });
    const result = await runCli(["validate"], { cwd: dir });
    const lines = diagnosticLines(result.stdout);
    expect(lines.map((m) => [m[1], m[4], m[5]])).toEqual([
      ["data/vendors/unit42.yaml", "warning", "one-sided"],
    ]);
    expect(result.stdout).toMatch(/^0 errors, 1 warning in 1 file$/m);
    expect(result.code).toBe(0);
  });

  it("exits 1 when there are errors, naming file, line and column", async () => {
    const dir = await fixedDataset({ ...cleanVendors, mandiant: "mandiant-typo.yaml" });
    const result = await runCli(["validate"], { cwd: dir });
    const lines = diagnosticLines(result.stdout);
    expect(lines.map((m) => [m[1], m[4], m[5]])).toEqual([
      ["data/vendors/mandiant.yaml", "error", "unknown-actor"],
    ]);
    expect(lines[0]?.[6]).toContain("COZY BEAR");
    expect(result.stdout).toMatch(/^1 error, 0 warnings in 1 file$/m);
    expect(result.code).toBe(1);
  });

  it("reads the data folder given with --data", async () => {
    const dir = await fixedDataset(cleanVendors);
    const result = await runCli(["validate", "--data", `${dir}/data`]);
    expect(result.code).toBe(0);
  });

  it.each([
    [["validate", "--colour"], /unknown option '--colour'/i],
    [["validate", "--format", "xml"], /unknown format "xml": use text, json, github/],
    [["validate", "--data", "no-such-folder"], /data folder "no-such-folder" not found/],
    [["validate", "extra"], /takes no arguments/],
  ])("exits 2 with one line on stderr for %j", async (args, message) => {
    const dir = tempDir({ "data/vendors/.keep": "" });
    const result = await runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expectNoCrash(result);
  });

  it("exits 2 when --data names a file rather than a folder", async () => {
    const dir = tempDir({ "data.yaml": "vendor: {}\n" });
    const result = await runCli(["validate", "--data", "data.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/data folder "data.yaml" not found/);
  });
});
