import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import type { ChangesFile } from "../../scripts/generated/changes-file.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { addActor, releaseCheckout } from "../release/release-data.js";

const baseText = readFileSync(join(packageRoot, "test/fixtures/diff/base.json"), "utf8");

/** base.json with one alias added, as the next release. */
function withAlias(): string {
  const data = JSON.parse(baseText);
  data.version = "1.1.0";
  data.actors[3].aliases.push("Dark Halo");
  return JSON.stringify(data);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=test",
      "-c",
      "user.email=test@example.com",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd, encoding: "utf8" },
  );
}

describe("actormap diff", () => {
  it("compares two actormap.json files and prints CHANGES.json with --format json", async () => {
    const dir = tempDir({ "old.json": baseText, "new.json": withAlias() });
    const result = await runCli(["diff", "old.json", "new.json", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    const changes = JSON.parse(result.stdout) as ChangesFile;
    expect(changes.bump).toBe("minor");
    expect(changes.actors.aliases).toMatchObject([
      { key: "microsoft/midnight-blizzard", added: ["Dark Halo"] },
    ]);
  });

  it("accepts build folders and prints Markdown by default", async () => {
    const dir = tempDir({ "v1/actormap.json": baseText, "v2/actormap.json": withAlias() });
    const result = await runCli(["diff", "v1", "v2"], { cwd: dir });
    expect(result.stdout).toContain("## Dataset changes 1.0.0 → 1.1.0\n");
    expect(result.stdout).toContain("- Aliases of **Midnight Blizzard**: +`Dark Halo`");
  });

  it("builds each git ref's data folder without touching the checkout", async () => {
    const dir = await releaseCheckout();
    git(dir, "init", "-q");
    git(dir, "add", "data");
    git(dir, "commit", "-qm", "first");
    await addActor(dir);
    git(dir, "add", "data");
    git(dir, "commit", "-qm", "second");
    writeFileSync(join(dir, "untracked.txt"), "keep me\n");
    const status = git(dir, "status", "--porcelain");

    const result = await runCli(["diff", "HEAD~1", "HEAD"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("## Dataset changes HEAD~1 → HEAD\n");
    expect(result.stdout).toContain("- Added: **FANCY BEAR** `crowdstrike/fancy-bear`");
    expect(git(dir, "status", "--porcelain")).toBe(status);
    expect(git(dir, "worktree", "list").trim().split("\n")).toHaveLength(1);

    const working = await runCli(["diff", "HEAD", "data"], { cwd: dir });
    expect(working.stdout).toContain("No changes.");
  });

  it("treats a commit without the data folder as an empty dataset", async () => {
    const dir = await releaseCheckout();
    git(dir, "init", "-q");
    writeFileSync(join(dir, "README.md"), "# data to come\n");
    git(dir, "add", "README.md");
    git(dir, "commit", "-qm", "empty");
    git(dir, "add", "data");
    git(dir, "commit", "-qm", "data");
    const result = await runCli(["diff", "HEAD~1", "HEAD", "--format", "json"], { cwd: dir });
    const changes = JSON.parse(result.stdout) as ChangesFile;
    expect(changes.actors.added.map((a) => a.key)).toEqual([
      "crowdstrike/cozy-bear",
      "microsoft/midnight-blizzard",
    ]);
    expect(changes.bump).toBe("minor");
  });

  it("explains a bad argument in one line", async () => {
    const dir = tempDir({ "broken.json": "{ not json", "old.json": baseText });
    const missing = await runCli(["diff", "old.json", "nothing-here"], { cwd: dir });
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toBe(
      'actormap diff: "nothing-here" is not an actormap.json file, a build or data folder, or a git ref\n',
    );
    const broken = await runCli(["diff", "old.json", "broken.json"], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^actormap diff: broken\.json is not valid JSON \(.+\)\n$/);
    const format = await runCli(["diff", "old.json", "old.json", "--format", "html"], { cwd: dir });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be markdown or json, got "html"');
  });

  it("refuses a damaged export of the current schema with one line naming the place", async () => {
    const damaged = JSON.parse(baseText);
    damaged.clusters[0].members = null;
    const dir = tempDir({ "old.json": baseText, "damaged.json": JSON.stringify(damaged) });
    const result = await runCli(["diff", "damaged.json", "old.json"], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toMatch(
      /^actormap diff: damaged\.json does not match schema\/export\.schema\.json at \/clusters\/0\/members: .+\n$/,
    );
  });
});
