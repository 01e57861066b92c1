import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Io } from "../../scripts/cli/command.js";
import { type ReleaseSettings, runRelease } from "../../scripts/release/release-flow.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";
import { addActor, releaseCheckout, removeSameMapping } from "./release-data.js";

const token = "ghs_flowTestToken000000000000000000000";
const sha = "0123456789abcdef0123456789abcdef01234567";
const expectedAssets = [
  "CHANGES.json",
  "RELEASE_NOTES.md",
  "SHA256SUMS",
  "actormap-site.zip",
  "actormap.json",
  "actormap.stix.json",
  "actors.csv",
  "clusters.csv",
  "mappings.csv",
  "misp-clusters-actormap.json",
  "misp-galaxies-actormap.json",
];

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub({ owner: "acme", repo: "actormap", token });
});
afterEach(() => github.close());

/** Runs the release in this process, with short retry delays and no write spacing. */
async function release(dir: string, settings: Partial<ReleaseSettings> = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: dir,
    env: {},
  };
  const code = await runRelease(
    {
      dataDir: join(dir, "data"),
      outDir: join(dir, "dist"),
      shownData: "data",
      shownOut: "dist",
      dryRun: false,
      repository: { owner: "acme", repo: "actormap" },
      apiUrl: github.url,
      token,
      sha,
      ...settings,
    },
    io,
    { retry: { retryAfterBaseValue: 1 }, throttle: { enabled: false } },
  );
  return { code, stdout, stderr };
}

/** The fake's releases, asserting there is exactly one. */
const only = () => {
  expect(github.releases).toHaveLength(1);
  return github.releases;
};
const assetText = (tag: string, name: string) => {
  const asset = github.releases
    .find((r) => r.tag_name === tag)
    ?.assets.find((a) => a.name === name);
  if (!asset) throw new Error(`${tag} has no ${name}`);
  return asset.bytes.toString("utf8");
};
const isUpload = (name: string) => (r: { method: string; path: string }) =>
  r.method === "POST" && r.path.includes(`/assets?name=${name}`);

describe("actormap release against a stateful fake GitHub", () => {
  it("publishes the first release as v1.0.0 with every asset, verified checksums and the notes as body", async () => {
    const dir = await releaseCheckout();
    const result = await release(dir);
    expect(result.code).toBe(0);
    const [first] = only();
    expect(first).toMatchObject({
      tag_name: "v1.0.0",
      name: "v1.0.0",
      draft: false,
      target_commitish: sha,
    });
    expect(first?.assets.map((a) => a.name).sort()).toEqual(expectedAssets);
    expect(first?.body).toBe(assetText("v1.0.0", "RELEASE_NOTES.md"));
    expect(first?.body).toContain("## Dataset changes 0.0.0 → 1.0.0");
    expect(JSON.parse(assetText("v1.0.0", "actormap.json")).version).toBe("1.0.0");
    for (const line of assetText("v1.0.0", "SHA256SUMS").trimEnd().split("\n")) {
      const [hex, name] = line.split("  ");
      const bytes = first?.assets.find((a) => a.name === name)?.bytes ?? Buffer.alloc(0);
      expect(createHash("sha256").update(bytes).digest("hex"), name).toBe(hex);
    }
    expect(existsSync(join(dir, "dist/actormap.json"))).toBe(true);
    expect(result.stdout).toContain("Released v1.0.0: 11 uploaded, 0 replaced");
  });

  it("makes no write request when run again with the same data", async () => {
    const dir = await releaseCheckout();
    await release(dir);
    const before = github.requests.length;
    const again = await release(dir);
    expect(again).toMatchObject({
      code: 0,
      stdout: "No changes since v1.0.0: nothing to release.\n",
    });
    expect(github.requests.slice(before).filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("retries an upload answered with 502 once, within the same run", async () => {
    const dir = await releaseCheckout();
    github.fail(isUpload("actors.csv"), 502);
    expect((await release(dir)).code).toBe(0);
    expect(github.requests.filter(isUpload("actors.csv"))).toHaveLength(2);
    expect(
      only()[0]
        ?.assets.map((a) => a.name)
        .sort(),
    ).toEqual(expectedAssets);
  });

  it("stops with one line when an upload keeps failing, and the next run finishes the same release", async () => {
    const dir = await releaseCheckout();
    github.fail(isUpload("actors.csv"), 502, 4);
    await expect(release(dir)).rejects.toThrow(
      /^GitHub API error 502 on POST .*actors\.csv.*: Bad Gateway$/,
    );
    const [draft] = only();
    expect(draft?.draft).toBe(true);
    const uploadedBefore = draft?.assets.map((a) => a.name) ?? [];
    expect(uploadedBefore.length).toBeGreaterThan(0);

    const writesBefore = github.writes().length;
    const rerun = await release(dir);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`continuing draft release v1.0.0 (id ${draft?.id})`);
    expect(github.releases).toHaveLength(1);
    expect(github.releases[0]).toMatchObject({ draft: false, tag_name: "v1.0.0" });
    expect(github.releases[0]?.assets.map((a) => a.name).sort()).toEqual(expectedAssets);
    // What the first run uploaded is kept, not uploaded again.
    const reuploaded = github
      .writes()
      .slice(writesBefore)
      .filter((w) => uploadedBefore.some((name) => isUpload(name)(w)));
    expect(reuploaded).toEqual([]);
  });

  it("bumps the minor version when an actor is added", async () => {
    const dir = await releaseCheckout();
    await release(dir);
    await addActor(dir);
    expect((await release(dir)).code).toBe(0);
    const minor = github.releases.find((r) => r.tag_name === "v1.1.0");
    expect(minor?.draft).toBe(false);
    const changes = JSON.parse(assetText("v1.1.0", "CHANGES.json"));
    expect(changes).toMatchObject({
      bump: "minor",
      from: { version: "1.0.0" },
      to: { version: "1.1.0" },
    });
    expect(changes.actors.added.map((a: { key: string }) => a.key)).toEqual([
      "crowdstrike/fancy-bear",
    ]);
    expect(minor?.body).toContain("| Actors added | 1 |");
  });

  it("bumps the major version when a same mapping is removed", async () => {
    const dir = await releaseCheckout();
    await release(dir);
    await removeSameMapping(dir);
    expect((await release(dir)).code).toBe(0);
    const changes = JSON.parse(assetText("v2.0.0", "CHANGES.json"));
    expect(changes.bump).toBe("major");
    expect(changes.reasons[0]).toMatchObject({ bump: "major", code: "same-mapping-removed" });
    expect(github.releases.map((r) => r.tag_name)).toEqual(["v1.0.0", "v2.0.0"]);
  });

  it("replaces a draft's asset whose bytes differ and removes assets that are not part of the release", async () => {
    await github.close();
    github = await startFakeGitHub({ owner: "acme", repo: "actormap", token, digests: false });
    const dir = await releaseCheckout();
    github.releases.push({
      id: 900,
      tag_name: "v1.0.0",
      name: "v1.0.0",
      body: "",
      draft: true,
      prerelease: false,
      target_commitish: sha,
      assets: [
        {
          id: 901,
          name: "actors.csv",
          label: null,
          bytes: Buffer.from("stale\n"),
          contentType: "text/csv",
        },
        {
          id: 902,
          name: "notes.txt",
          label: null,
          bytes: Buffer.from("x"),
          contentType: "text/plain",
        },
      ],
    });
    const result = await release(dir);
    expect(result.stdout).toContain("replaced actors.csv");
    expect(result.stdout).toContain("removed notes.txt (not part of this release)");
    expect(github.releases).toHaveLength(1);
    expect(github.releases[0]?.assets.map((a) => a.name).sort()).toEqual(expectedAssets);
    expect(assetText("v1.0.0", "actors.csv")).not.toBe("stale\n");
  });

  it("keeps identical assets by downloading them when the server reports no digest", async () => {
    await github.close();
    github = await startFakeGitHub({ owner: "acme", repo: "actormap", token, digests: false });
    const dir = await releaseCheckout();
    github.fail(isUpload("mappings.csv"), 502, 4);
    await expect(release(dir)).rejects.toThrow(/502/);
    const rerun = await release(dir);
    expect(rerun.stdout).toMatch(
      /Released v1\.0\.0: \d+ uploaded, 0 replaced, [1-9]\d* already there/,
    );
    expect(github.requests.some((r) => r.path.startsWith("/downloads/"))).toBe(true);
  });

  it("--dry-run prints the version, notes and assets and writes nothing", async () => {
    const dir = await releaseCheckout();
    const result = await release(dir, { dryRun: true });
    expect(result.stdout).toMatch(
      /^Would release v1\.0\.0 \(first release\) to acme\/actormap\.\n/,
    );
    expect(result.stdout).toContain("## Dataset changes 0.0.0 → 1.0.0");
    expect(result.stdout).toContain("  actormap-site.zip (");
    expect(github.writes()).toEqual([]);
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});
