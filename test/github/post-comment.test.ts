import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PrReport } from "../../scripts/github/report.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { fakeGitHub } from "./fake-github.js";

const headSha = "a".repeat(40);
const token = "ghs_test_token_value_0123456789";

function report(overrides: Partial<PrReport> = {}): PrReport {
  return {
    format: "actormap-pr-report/1",
    pullRequest: 7,
    headSha,
    errors: 1,
    warnings: 0,
    diagnostics: [
      {
        severity: "error",
        code: "unknown-actor",
        file: "data/vendors/acme.yaml",
        line: 12,
        column: 17,
        message: 'no actor "Cozy Bear" at crowdstrike',
      },
    ],
    ...overrides,
  };
}

function artifact(reportJson: string, diff = "## 1 actor added\n"): string {
  const dir = join(tempDir(), "actormap-report");
  mkdirSync(dir);
  writeFileSync(join(dir, "report.json"), reportJson);
  writeFileSync(join(dir, "diff.md"), diff);
  return dir;
}

async function post(apiUrl: string, dir: string) {
  return runCli(["post-comment", "--report", dir, "--head-sha", headSha, "--run-id", "42"], {
    env: {
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: "https://github.example",
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: "octo/map",
    },
  });
}

describe("actormap post-comment", () => {
  it("creates one sticky comment, then updates it in place", async () => {
    const github = await fakeGitHub({ owner: "octo", repo: "map", pullRequest: 7, headSha });
    const first = await post(github.url, artifact(JSON.stringify(report())));
    expect(first).toMatchObject({ code: 0, stdout: "created comment 1000 on pull request #7\n" });
    const second = await post(
      github.url,
      artifact(JSON.stringify(report({ errors: 0, diagnostics: [] }))),
    );
    expect(second).toMatchObject({ code: 0, stdout: "updated comment 1000 on pull request #7\n" });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toMatch(/^<!-- actormap-report -->\n/);
    expect(github.comments[0]?.body).toContain("**0 errors, 0 warnings**");
    expect(github.comments[0]?.body).toContain(
      "[The validate run](https://github.example/octo/map/actions/runs/42)",
    );
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /repos/octo/map/issues/7/comments",
      "PATCH /repos/octo/map/issues/comments/1000",
    ]);
    expect(github.requests.every((r) => r.authorization === `token ${token}`)).toBe(true);
  });

  it("makes no write when the comment already says the same", async () => {
    const github = await fakeGitHub({ owner: "octo", repo: "map", pullRequest: 7, headSha });
    const dir = artifact(JSON.stringify(report()));
    await post(github.url, dir);
    const again = await post(github.url, dir);
    expect(again.stdout).toBe("unchanged comment 1000 on pull request #7\n");
    expect(github.writes()).toHaveLength(1);
  });

  it("never edits someone else's comment, even one that carries the marker", async () => {
    const github = await fakeGitHub({ owner: "octo", repo: "map", pullRequest: 7, headSha });
    github.comments.push({
      id: 5,
      user: { login: "mallory", type: "User" },
      body: "<!-- actormap-report -->\nfake",
    });
    const result = await post(github.url, artifact(JSON.stringify(report())));
    expect(result.stdout).toBe("created comment 1000 on pull request #7\n");
    expect(github.comments[0]?.body).toBe("<!-- actormap-report -->\nfake");
  });

  it("escapes hostile content so it cannot break out of the comment or notify anyone", async () => {
    const github = await fakeGitHub({ owner: "octo", repo: "map", pullRequest: 7, headSha });
    const hostile = report({
      diagnostics: [
        {
          severity: "error",
          code: "schema</details>",
          file: "data/vendors/x.yaml",
          line: 1,
          column: 1,
          message:
            'name "</details><img src=x onerror=alert(1)> @everyone @octo/admins | cell" fixes #1',
        },
      ],
    });
    const diff =
      "## Added\n\n- </details><!-- actormap-report --> cc @alice\n\n```\nunclosed fence\n";
    const result = await post(github.url, artifact(JSON.stringify(hostile), diff));
    expect(result.code).toBe(0);
    const body = github.comments[0]?.body ?? "";
    expect(body.match(/<\/details>/g)).toHaveLength(1);
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body).not.toMatch(/<img/);
    expect(body).not.toMatch(/@(everyone|octo|alice)/);
    expect(body).toContain(
      "&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; @\u200deveryone @\u200docto/admins \\| cell",
    );
    expect(body).toContain("fixes #\u200d1");
    // the unclosed fence is closed before our own </details>
    expect(body).toMatch(/unclosed fence\n```\n\n<\/details>\n/);
  });

  it("refuses an artifact whose commit is not the run's head", async () => {
    const github = await fakeGitHub({ owner: "octo", repo: "map", pullRequest: 7, headSha });
    const result = await post(
      github.url,
      artifact(JSON.stringify(report({ headSha: "b".repeat(40) }))),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `the artifact is for commit ${"b".repeat(40)}, but the run tested ${headSha}`,
    );
    expect(github.requests).toHaveLength(0);
  });

  it("does not post to a pull request whose head is another commit", async () => {
    // the artifact claims pull request 7, whose head is not the commit this run tested
    const github = await fakeGitHub({
      owner: "octo",
      repo: "map",
      pullRequest: 7,
      headSha: "c".repeat(40),
    });
    const result = await post(github.url, artifact(JSON.stringify(report())));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("not posting: pull request #7 is at");
    expect(github.writes()).toHaveLength(0);
  });

  it.each([
    ["not JSON", "{", "report.json is not valid JSON"],
    [
      "a pull request number that is not an integer",
      JSON.stringify(report({ pullRequest: 7.5 })),
      '"pullRequest" must be a positive integer',
    ],
    [
      "a pull request number given as text",
      JSON.stringify({ ...report(), pullRequest: "7" }),
      '"pullRequest" must be a positive integer',
    ],
    [
      "a diagnostic of the wrong shape",
      JSON.stringify({ ...report(), diagnostics: [{ severity: "fatal" }] }),
      'diagnostics[0].severity must be "error" or "warning"',
    ],
    [
      "a file over the size limit",
      JSON.stringify({ ...report(), padding: "x".repeat(3 * 1024 * 1024) }),
      "more than the 2097152 allowed",
    ],
  ])("rejects a report with %s, in one line and without a request", async (_, json, message) => {
    const github = await fakeGitHub({ owner: "octo", repo: "map", pullRequest: 7, headSha });
    const result = await post(github.url, artifact(json));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(github.requests).toHaveLength(0);
  });

  it("reports an API failure in one line without the token", async () => {
    const github = await fakeGitHub({ owner: "octo", repo: "other", pullRequest: 7, headSha });
    const result = await post(github.url, artifact(JSON.stringify(report())));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "actormap post-comment: pull request or repository not found (404)\n",
    );
    expect(result.stdout + result.stderr).not.toContain(token);
  });
});
