import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { tempDir } from "../helpers/cli.js";

/** A vendor file of `count` actors without uuids: one missing-uuid error each, a long report. */
function manyActors(count: number): string {
  const actors = Array.from(
    { length: count },
    (_, i) => `  - id: a${i}\n    name: A${i}\n    category: unknown\n    status: active\n`,
  );
  return `vendor:\n  id: x\n  name: X\n  url: https://example.com/\n  provenance: curated\nactors:\n${actors.join("")}`;
}

describe("actormap validate | head", () => {
  it("ends quietly when the reader closes the pipe early", async () => {
    const dir = tempDir({ "data/vendors/x.yaml": manyActors(5000) });
    const child = spawn(process.execPath, [join(packageRoot, "bin", "actormap.js"), "validate"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.once("data", () => child.stdout.destroy());
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
});
