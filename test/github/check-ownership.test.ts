import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vendorYaml } from "../fixtures/github/vendors.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { fakeGitHub } from "./fake-github.js";
import { pullRequestRepo } from "./git-repo.js";

const packageJson = JSON.stringify({ name: "x", actormap: { owners: ["@lead"] } });

/** Runs check-ownership in `repo` for a pull request by `author` against `main`. */
async function check(repo: string, author: string, format = "text", env: NodeJS.ProcessEnv = {}) {
  const summaryFile = join(tempDir(), "summary.md");
  writeFileSync(summaryFile, "");
  const result = await runCli(
    ["check-ownership", "--base", "main", "--author", author, "--format", format],
    {
      cwd: repo,
      env: { GITHUB_STEP_SUMMARY: summaryFile, ACTORMAP_TEAMS_TOKEN: "", ...env },
    },
  );
  return { ...result, summary: readFileSync(summaryFile, "utf8") };
}

describe("actormap check-ownership", () => {
  const base = {
    "package.json": packageJson,
    "data/vendors/acme.yaml": vendorYaml("acme", ["@alice"]),
    "data/vendors/globex.yaml": vendorYaml("globex", ["@bob"]),
  };

  it("lets a vendor's maintainer change its file", async () => {
    const repo = await pullRequestRepo(base, {
      "data/vendors/acme.yaml": vendorYaml("acme", ["@alice"], "Red Wolf"),
    });
    const result = await check(repo, "alice");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("data/vendors/acme.yaml: allowed: @alice is a maintainer");
  });

  it("matches logins without regard to case", async () => {
    const repo = await pullRequestRepo(base, {
      "data/vendors/acme.yaml": vendorYaml("acme", ["@alice"], "Red Wolf"),
    });
    expect((await check(repo, "Alice")).code).toBe(0);
  });

  it("fails when a stranger changes a vendor file, naming its maintainers", async () => {
    const repo = await pullRequestRepo(base, {
      "data/vendors/acme.yaml": vendorYaml("acme", ["@alice"], "Red Wolf"),
    });
    const result = await check(repo, "mallory");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "data/vendors/acme.yaml: violation: @mallory is not among its maintainers on the base branch (@alice)",
    );
  });

  it("reads maintainers from the base branch, so a pull request cannot add its own author", async () => {
    const repo = await pullRequestRepo(base, {
      "data/vendors/acme.yaml": vendorYaml("acme", ["@alice", "@mallory"], "Red Wolf"),
    });
    const result = await check(repo, "mallory");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("data/vendors/acme.yaml: violation");
  });

  it("treats deleting a vendor file as changing it", async () => {
    const repo = await pullRequestRepo(base, { "data/vendors/globex.yaml": null });
    expect((await check(repo, "alice")).code).toBe(1);
    expect((await check(repo, "bob")).code).toBe(0);
  });

  it("allows a new vendor file and flags it for review", async () => {
    const repo = await pullRequestRepo(base, {
      "data/vendors/initech.yaml": vendorYaml("initech", ["@carol"]),
    });
    const result = await check(repo, "carol");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("data/vendors/initech.yaml: review: new vendor file");
  });

  it("lets anyone propose changes to an unclaimed file, for review by the project", async () => {
    const repo = await pullRequestRepo(
      { ...base, "data/vendors/umbrella.yaml": vendorYaml("umbrella", []) },
      { "data/vendors/umbrella.yaml": vendorYaml("umbrella", ["@dave"]) },
    );
    const result = await check(repo, "dave");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("data/vendors/umbrella.yaml: review: unclaimed vendor file");
  });

  it("flags changes outside data/ by someone who is not a project owner, but not by an owner", async () => {
    const repo = await pullRequestRepo(base, { "scripts/tool.ts": "export {};\n" });
    const stranger = await check(repo, "alice");
    expect(stranger.code).toBe(0);
    expect(stranger.stdout).toContain(
      "scripts/tool.ts: review: outside data/ by someone who is not a project owner",
    );
    const owner = await check(repo, "lead");
    expect(owner.stdout).toContain("scripts/tool.ts: allowed: @lead is a project owner");
  });

  it("lets anyone change the generated CODEOWNERS, which validate checks against the data", async () => {
    const repo = await pullRequestRepo(base, {
      ".github/CODEOWNERS": "/data/vendors/acme.yaml @alice\n",
    });
    expect((await check(repo, "alice")).stdout).toContain(".github/CODEOWNERS: allowed");
  });

  it("reads the project owners from the base branch too", async () => {
    const repo = await pullRequestRepo(base, {
      "package.json": JSON.stringify({ name: "x", actormap: { owners: ["@lead", "@mallory"] } }),
    });
    const result = await check(repo, "mallory");
    expect(result.stdout).toContain("package.json: review: outside data/");
  });

  it("reports a team it cannot verify without a token instead of guessing", async () => {
    const repo = await pullRequestRepo(
      { ...base, "data/vendors/acme.yaml": vendorYaml("acme", ["@acme-corp/intel"]) },
      { "data/vendors/acme.yaml": vendorYaml("acme", ["@acme-corp/intel"], "Red Wolf") },
    );
    const result = await check(repo, "erin");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "@erin may belong to @acme-corp/intel, which could not be verified",
    );
  });

  it("resolves team maintainers through the API when it has a token", async () => {
    const repo = await pullRequestRepo(
      { ...base, "data/vendors/acme.yaml": vendorYaml("acme", ["@acme-corp/intel"]) },
      { "data/vendors/acme.yaml": vendorYaml("acme", ["@acme-corp/intel"], "Red Wolf") },
    );
    const github = await fakeGitHub({
      owner: "o",
      repo: "r",
      pullRequest: 1,
      headSha: "a".repeat(40),
      teams: { "acme-corp/intel": ["erin"] },
    });
    const env = { GITHUB_API_URL: github.url, ACTORMAP_TEAMS_TOKEN: "team-token" };
    const member = await check(repo, "erin", "text", env);
    expect(member.code).toBe(0);
    expect(member.stdout).toContain("data/vendors/acme.yaml: allowed: @erin is a maintainer");
    const stranger = await check(repo, "mallory", "text", env);
    expect(stranger.code).toBe(1);
    expect(stranger.stdout).toContain("data/vendors/acme.yaml: violation");
    expect(github.requests.map((r) => r.path)).toEqual([
      "/orgs/acme-corp/teams/intel/memberships/erin",
      "/orgs/acme-corp/teams/intel/memberships/mallory",
    ]);
  });

  it("writes annotations (ten, then a count) and the whole list to the job summary", async () => {
    const vendors = Array.from({ length: 12 }, (_, i) => `v${String(i).padStart(2, "0")}`);
    const repo = await pullRequestRepo(
      {
        ...base,
        ...Object.fromEntries(
          vendors.map((v) => [`data/vendors/${v}.yaml`, vendorYaml(v, ["@alice"])]),
        ),
      },
      Object.fromEntries(
        vendors.map((v) => [`data/vendors/${v}.yaml`, vendorYaml(v, ["@alice"], "Changed")]),
      ),
    );
    const result = await check(repo, "mallory", "github");
    expect(result.code).toBe(1);
    const errors = result.stdout.split("\n").filter((l) => l.startsWith("::error "));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe(
      "::error title=ownership-violation,file=data/vendors/v00.yaml,line=1,col=1::" +
        "@mallory is not among its maintainers on the base branch (@alice); ask one of them to make or approve the change",
    );
    expect(result.stdout).toMatch(/::notice::2 more errors not shown as annotations/);
    expect(result.summary).toContain("## Ownership check for @mallory");
    for (const v of vendors)
      expect(result.summary).toContain(`| ❌ | data/vendors/${v}.yaml | violation |`);
  });

  it("explains a base ref that does not exist in one line", async () => {
    const repo = await pullRequestRepo(base, {});
    const result = await runCli(["check-ownership", "--base", "nope", "--author", "alice"], {
      cwd: repo,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'actormap check-ownership: "nope" is not a commit in this repository (in CI, check out with fetch-depth: 0)\n',
    );
  });
});
