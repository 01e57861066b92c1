import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { loadData } from "../../scripts/load/load-data.js";
import { runCli, tempDir } from "../helpers/cli.js";

const fixtures = join(packageRoot, "test/fixtures/fix/vendors");
const fixture = (name: string) => readFileSync(join(fixtures, name), "utf8");
const epoch = { SOURCE_DATE_EPOCH: "1748822400" }; // 2025-06-02T00:00:00Z

function project(extra: Record<string, string> = {}): string {
  return tempDir({
    "data/vendors/alpha.yaml": fixture("alpha.yaml"),
    "data/vendors/beta.yaml": fixture("beta.yaml"),
    ...extra,
  });
}

/** Every file under `dir` (relative path → text), to compare whole trees. */
function snapshot(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix))) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) Object.assign(files, snapshot(dir, path));
    else files[path] = readFileSync(join(dir, path), "utf8");
  }
  return files;
}

function comments(text: string): string[] {
  return text.match(/#.*$/gm) ?? [];
}

describe("actormap fix", () => {
  it("writes canonical form, assigns uuids, keeps every comment and value", async () => {
    const dir = project();
    const before = loadData(join(dir, "data"));
    const result = await runCli(["fix"], { cwd: dir, env: epoch });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "rewrote 3 files: data/vendors/alpha.yaml, data/clusters.yaml, .github/CODEOWNERS",
        "assigned 2 uuids",
        "clusters: 2 created, 0 updated",
        "",
      ].join("\n"),
    );

    const alpha = readFileSync(join(dir, "data/vendors/alpha.yaml"), "utf8");
    for (const comment of comments(fixture("alpha.yaml")))
      expect(alpha).toContain(comment.replace(/^#\s*/, ""));
    expect(alpha).toContain("  # The Russian group\n  - id: ash-bear\n");
    expect(alpha).toContain('      - "yes" # "yes" is really its name\n');

    const after = loadData(join(dir, "data"));
    expect(after.diagnostics).toEqual([]);
    const uuids = after.files[0]?.data.actors.map((a) => a.uuid) ?? [];
    expect(uuids).toEqual([
      expect.stringMatching(/^[0-9a-f-]{36}$/),
      expect.stringMatching(/^[0-9a-f-]{36}$/),
    ]);
    const withoutUuids = after.files.map((f) => ({
      ...f.data,
      actors: f.data.actors.map(({ uuid: _, ...actor }) => actor),
    }));
    expect(withoutUuids).toEqual(
      before.files.map((f) => ({
        ...f.data,
        actors: f.data.actors.map(({ uuid: _, ...actor }) => actor),
      })),
    );
    expect(after.registry?.clusters.map((c) => c.members)).toEqual([
      ["alpha/ash-bear", "beta/grey-owl"],
      ["alpha/coin-crab"],
    ]);
    expect(after.registry?.clusters[0]?.created).toBe("2025-06-02T00:00:00.000Z");
    expect(readFileSync(join(dir, ".github/CODEOWNERS"), "utf8")).toContain(
      "/data/vendors/alpha.yaml @alpha-team",
    );
  });

  it("changes nothing the second time", async () => {
    const dir = project();
    expect((await runCli(["fix"], { cwd: dir, env: epoch })).code).toBe(0);
    const first = snapshot(dir);
    const again = await runCli(["fix"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "1767225600" } });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      "rewrote 0 files\nassigned 0 uuids\nclusters: 0 created, 0 updated\n",
    );
    expect(snapshot(dir)).toEqual(first);
    expect((await runCli(["validate"], { cwd: dir })).code).toBe(0);
  });

  it("leaves a file with errors untouched, lists it, and holds back the registry", async () => {
    const broken = "vendor:\n  id: gamma\n  name: [unclosed\n";
    const dir = project({ "data/vendors/gamma.yaml": broken });
    const result = await runCli(["fix"], { cwd: dir, env: epoch });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^skipped data\/vendors\/gamma\.yaml: \d+:\d+ yaml-syntax /m);
    expect(result.stdout).toContain(
      "registry and CODEOWNERS not updated while gamma.yaml cannot be read",
    );
    expect(readFileSync(join(dir, "data/vendors/gamma.yaml"), "utf8")).toBe(broken);
    expect(snapshot(dir)["data/clusters.yaml"]).toBeUndefined();
    // The readable files are fixed all the same.
    const remaining = loadData(join(dir, "data")).diagnostics;
    expect(remaining.map((d) => d.file.endsWith("/data/vendors/gamma.yaml"))).toEqual([true]);
  });

  it("takes project owners from package.json for CODEOWNERS", async () => {
    const dir = project({
      "package.json": JSON.stringify({ actormap: { owners: ["@org/maintainers"] } }),
    });
    expect((await runCli(["fix"], { cwd: dir, env: epoch })).code).toBe(0);
    expect(readFileSync(join(dir, ".github/CODEOWNERS"), "utf8")).toMatch(
      /^\* @org\/maintainers$/m,
    );
  });

  it("works on a data folder given with --data, writing CODEOWNERS beside it", async () => {
    const dir = tempDir({ "data/vendors/alpha.yaml": fixture("alpha.yaml") });
    const result = await runCli(["fix", "--data", join(dir, "data")], { env: epoch });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "data/vendors/alpha.yaml"), "utf8")).toMatch(
      /^# yaml-language-server/,
    );
    expect(Object.keys(snapshot(dir)).sort()).toEqual([
      ".github/CODEOWNERS",
      "data/clusters.yaml",
      "data/vendors/alpha.yaml",
    ]);
  });

  it("usage errors exit 2 with one line: a missing folder, a bad SOURCE_DATE_EPOCH", async () => {
    const dir = project();
    const missing = await runCli(["fix", "--data", "nowhere"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const badEpoch = await runCli(["fix"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "soon" } });
    expect(badEpoch.code).toBe(2);
    expect(badEpoch.stderr).toContain("SOURCE_DATE_EPOCH");
  });
});
