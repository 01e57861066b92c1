import { describe, expect, it } from "vitest";
import { actorBlock, vendorFile } from "../check/fixture.js";
import { pullRequestRepo } from "../github/git-repo.js";
import { runCli } from "../helpers/cli.js";

// a/red maps to b's RED BEAR, which says nothing back: a one-sided warning already on main.
const base = {
  "data/vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
  "data/vendors/b.yaml": vendorFile("b", actorBlock("red-bear", "RED BEAR")),
};

describe("actormap validate --format github --changed-since", () => {
  it("annotates the warning the pull request adds, and only counts the one already there", async () => {
    const dir = await pullRequestRepo(
      base,
      {
        "data/vendors/b.yaml": vendorFile(
          "b",
          actorBlock("blue-bear", "BLUE BEAR", ["a", "Red Storm", "overlaps"]),
          actorBlock("red-bear", "RED BEAR"),
        ),
      },
      async (cwd) => {
        await runCli(["fix"], { cwd });
      },
    );
    const result = await runCli(["validate", "--format", "github", "--changed-since", "main"], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(
      /^::warning title=one-sided,file=data\/vendors\/b\.yaml,line=\d+,col=\d+::/,
    );
    expect(annotations[1]).toMatch(/^::notice::1 more warning not shown as annotations/);
  });

  it("explains a ref that does not exist in one line, exit 2", async () => {
    const dir = await pullRequestRepo(base, {});
    const result = await runCli(["validate", "--changed-since", "no-such-ref"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^actormap validate: --changed-since: "no-such-ref" is not a commit/,
    );
  });
});
