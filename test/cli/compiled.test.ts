import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { cleanVendors, fixedDataset } from "./datasets.js";

// bin/actormap.js runs the compiled lib/ (built by `npm ci` and by `pretest`), as users run it.
describe("the compiled actormap binary", () => {
  it("prints its help", async () => {
    const result = await runCli(["--help"], { compiled: true });
    expect(result.stdout).toContain("Usage: actormap <command>");
    expect(result.code).toBe(0);
  });

  it("validates a dataset with the same result as the sources", async () => {
    const dir = await fixedDataset({ ...cleanVendors, mandiant: "mandiant-typo.yaml" });
    const compiled = await runCli(["validate", "--format", "json"], { cwd: dir, compiled: true });
    const source = await runCli(["validate", "--format", "json"], { cwd: dir });
    expect(compiled.stdout).toBe(source.stdout);
    expect(compiled.code).toBe(1);
  });
});
