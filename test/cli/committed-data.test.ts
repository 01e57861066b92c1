import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { runCli } from "../helpers/cli.js";

// A pull request that breaks data/ fails CI here, with the diagnostics in the failure message.
describe("the committed data/", () => {
  it("validates without errors", async () => {
    expect(existsSync(join(packageRoot, "data", "vendors", "microsoft.yaml"))).toBe(true);
    const result = await runCli(["validate"], { cwd: packageRoot });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^(no problems|0 errors, \d+ warnings?) in \d+ files?$/m);
    expect({ code: result.code, stdout: result.stdout }).toMatchObject({ code: 0 });
  });
});
