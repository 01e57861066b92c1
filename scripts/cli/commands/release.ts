import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseRepository } from "../../github/client.js";
import { runRelease } from "../../release/release-flow.js";
import { type Command, UsageError } from "../command.js";

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

export const release: Command = {
  name: "release",
  summary: "Build, compare with the last GitHub release, and publish the next version",
  details: [
    "Finds the latest release (none: the first is v1.0.0), downloads its actormap.json, builds the",
    "data and diffs the two: no change → nothing is written. Otherwise the version is bumped as",
    "docs/versioning.md says, a draft release vX.Y.Z is created (or an interrupted run's draft is",
    "found), every export, CHANGES.json, RELEASE_NOTES.md, SHA256SUMS and actormap-site.zip are",
    "uploaded (identical assets are skipped), and the release is published with the notes as body.",
    "Reads GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_TOKEN and GITHUB_SHA as GitHub Actions sets",
    "them; prefer GITHUB_TOKEN to --token, which other users of the machine can see.",
  ].join("\n"),
  options: {
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
    out: {
      type: "string",
      value: "DIR",
      description: "where the build is written (default: dist)",
    },
    "dry-run": {
      type: "boolean",
      description: "print the version, notes and assets; change nothing on GitHub or on disk",
    },
    repo: { type: "string", value: "OWNER/NAME", description: "default: GITHUB_REPOSITORY" },
    "api-url": {
      type: "string",
      value: "URL",
      description: "the REST API (default: GITHUB_API_URL, else https://api.github.com)",
    },
    token: { type: "string", value: "TOKEN", description: "default: GITHUB_TOKEN" },
  },
  async run({ values }, io) {
    const repoText = text(values.repo) ?? text(io.env.GITHUB_REPOSITORY);
    if (!repoText)
      throw new UsageError("no repository: pass --repo OWNER/NAME or set GITHUB_REPOSITORY");
    let repository: { owner: string; repo: string };
    try {
      repository = parseRepository(repoText);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const dryRun = values["dry-run"] === true;
    const token = text(values.token) ?? text(io.env.GITHUB_TOKEN);
    if (!token && !dryRun) throw new UsageError("no token: set GITHUB_TOKEN or pass --token");
    const apiUrl =
      text(values["api-url"]) ?? text(io.env.GITHUB_API_URL) ?? "https://api.github.com";
    if (!/^https?:\/\/[^/]/.test(apiUrl))
      throw new UsageError(`--api-url must be an http(s) URL, got "${apiUrl}"`);
    const data = text(values.data) ?? "data";
    const out = text(values.out) ?? "dist";
    if (!statSync(resolve(io.cwd, data), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`data folder "${data}" not found (give it with --data DIR)`);
    }
    return runRelease(
      {
        dataDir: resolve(io.cwd, data),
        outDir: resolve(io.cwd, out),
        shownData: data,
        shownOut: out,
        dryRun,
        repository,
        apiUrl,
        token,
        sha: text(io.env.GITHUB_SHA),
      },
      io,
    );
  },
};
