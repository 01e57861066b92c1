import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { agreeing } from "./agreeing.js";
import { actorBlock, dataset, vendorFile } from "./fixture.js";

// The rules as a user meets them: `actormap validate` in a child process, run from the repository.
describe("actormap validate runs the model rules", () => {
  it("exits 1 and reports a dispute by file, line and column in JSON", async () => {
    const data = dataset({
      ...agreeing,
      // a/blue says same as b/red-bear, which says same as a/red only.
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("blue", "Blue Storm", ["b", "RED BEAR"]),
        actorBlock("red", "Red Storm", ["b", "RED BEAR"]),
      ),
    });
    data.fix();
    const { code, stdout } = await runCli(["validate", "--format", "json"], { cwd: data.root });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.diagnostics).toContainEqual({
      severity: "error",
      code: "dispute",
      file: "data/vendors/a.yaml",
      // fix wrote the file: schema line, vendor block, then a/blue with its uuid.
      line: 14,
      column: 9,
      message: expect.stringContaining(
        "a/blue says it is the same as b/red-bear (data/vendors/a.yaml:14), but",
      ),
    });
  });

  it("exits 0 when only warnings remain", async () => {
    const data = dataset({
      ...agreeing,
      "vendors/b.yaml": agreeing["vendors/b.yaml"].replace(/ {4}mappings:[\s\S]*$/, ""),
    });
    data.fix();
    const { code, stdout } = await runCli(["validate"], { cwd: data.root });
    expect(stdout).toMatch(/^data\/vendors\/a\.yaml:\d+:9 warning one-sided /m);
    expect(code).toBe(0);
  });
});
