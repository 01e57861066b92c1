import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";
import { releaseCheckout } from "./release-data.js";

const token = "ghs_cliTestToken1111111111111111111111";

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub({ owner: "acme", repo: "actormap", token });
});
afterEach(() => github.close());

/** The environment GitHub Actions gives a job, pointed at the fake server. */
function actionsEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_REPOSITORY: "acme/actormap",
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN: token,
    GITHUB_SHA: "",
    ...overrides,
  };
}

function expectOneLineWithoutToken(result: { stdout: string; stderr: string }, secret: string) {
  expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(result.stdout + result.stderr).not.toContain(secret);
}

describe("actormap release (CLI)", () => {
  it("finishes a release whose previous run was killed mid-upload", async () => {
    const dir = await releaseCheckout();
    const arrived = github.hang((r) => r.method === "POST" && r.path.includes("name=mappings.csv"));
    const killed = await runCli(["release"], {
      cwd: dir,
      env: actionsEnv(),
      onSpawn: (child) => void arrived.then(() => child.kill("SIGKILL")),
    });
    expect(killed.code).not.toBe(0);
    expect(github.releases).toMatchObject([{ tag_name: "v1.0.0", draft: true }]);

    const rerun = await runCli(["release"], { cwd: dir, env: actionsEnv() });
    expect(rerun.stderr).toBe("");
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain("continuing draft release v1.0.0");
    expect(github.releases).toHaveLength(1);
    expect(github.releases[0]?.draft).toBe(false);
    expect(github.releases[0]?.assets).toHaveLength(11);

    const writes = github.writes().length;
    const repeat = await runCli(["release"], { cwd: dir, env: actionsEnv() });
    expect(repeat.stdout).toBe("No changes since v1.0.0: nothing to release.\n");
    expect(github.writes()).toHaveLength(writes);
    // Three real CLI runs with GitHub's write spacing (throttling plugin): more than the default.
  }, 180_000);

  it("reports a rejected token in one line that does not contain the token, even with debug on", async () => {
    const dir = await releaseCheckout();
    const wrong = "ghs_wrongToken2222222222222222222222";
    const result = await runCli(["release"], {
      cwd: dir,
      env: actionsEnv({ GITHUB_TOKEN: wrong, ACTORMAP_DEBUG: "1" }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "actormap release: GitHub rejected the token (401 Bad credentials): check GITHUB_TOKEN or --token\n",
    );
    expectOneLineWithoutToken(result, wrong);
  });

  it("reports a missing repository in one line", async () => {
    const dir = await releaseCheckout();
    const result = await runCli(["release", "--repo", "acme/missing", "--token", token], {
      cwd: dir,
      env: actionsEnv({ GITHUB_TOKEN: "" }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `actormap release: repository acme/missing not found at ${github.url} ` +
        "(check --repo or GITHUB_REPOSITORY, and that the token can see it)\n",
    );
    expectOneLineWithoutToken(result, token);
  });

  it("reports an exhausted rate limit in one line", async () => {
    const dir = await releaseCheckout();
    github.rateLimit();
    const result = await runCli(["release"], { cwd: dir, env: actionsEnv() });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^actormap release: GitHub API rate limit exceeded \(resets at \d{4}-\d\d-\d\dT[\d:.]+Z\): run the release again later; it resumes where it stopped\n$/,
    );
    expectOneLineWithoutToken(result, token);
  });

  it("refuses to run without a token or a repository", async () => {
    const dir = tempDir();
    const noToken = await runCli(["release"], { cwd: dir, env: actionsEnv({ GITHUB_TOKEN: "" }) });
    expect(noToken).toMatchObject({ code: 2 });
    expect(noToken.stderr).toContain("no token: set GITHUB_TOKEN or pass --token");
    const noRepo = await runCli(["release"], {
      cwd: dir,
      env: actionsEnv({ GITHUB_REPOSITORY: "" }),
    });
    expect(noRepo.stderr).toContain(
      "no repository: pass --repo OWNER/NAME or set GITHUB_REPOSITORY",
    );
    expect(github.requests).toEqual([]);
  });
});
