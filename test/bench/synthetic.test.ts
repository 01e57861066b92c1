import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticVendorFiles } from "../../scripts/bench/synthetic.js";
import { writeSyntheticDataset } from "../../scripts/bench/write-dataset.js";
import { runCli, tempDir } from "../helpers/cli.js";

describe("the benchmark's synthetic dataset", () => {
  // The benchmark times the path a healthy dataset takes; a dataset with problems would time
  // the reporting instead.
  it("validates clean after one `actormap fix`", async () => {
    const dir = tempDir();
    writeSyntheticDataset(join(dir, "data"), 6, 60);
    await runCli(["fix"], { cwd: dir });
    const result = await runCli(["validate", "--format", "json"], { cwd: dir });
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
    expect(result.code).toBe(0);
  });

  it("has the requested size, same chains and partial relations", () => {
    let next = 0;
    const files = syntheticVendorFiles(20, 100, () => `uuid-${next++}`);
    expect(files).toHaveLength(20);
    expect(files.every((file) => file.actors.length === 100)).toBe(true);
    const relations = files.flatMap((file) =>
      file.actors.flatMap((actor) => (actor.mappings ?? []).map((m) => m.relation)),
    );
    for (const relation of ["same", "overlaps", "includes", "part-of"] as const) {
      expect(relations).toContain(relation);
    }
    expect(new Set(files.flatMap((file) => file.actors.map((actor) => actor.uuid))).size).toBe(
      2000,
    );
  });
});
