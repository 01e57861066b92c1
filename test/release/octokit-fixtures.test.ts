import { afterEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../scripts/github/client.js";
import { contentType } from "../../scripts/release/release-assets.js";
import { deleteAsset, listReleaseAssets, uploadAsset } from "../../scripts/release/sync-assets.js";
import { type FixtureServer, startFixtureServer } from "./fixture-server.js";

// The token the recordings were normalised to.
const token = "0000000000000000000000000000000000000001";
const owner = "octokit-fixture-org";
const upload = {
  name: "test-upload.txt",
  bytes: new TextEncoder().encode("Hello, world!\n"),
  contentType: contentType("test-upload.txt"),
};

let server: FixtureServer;
afterEach(() => server.close());

async function releaseOf(repo: string) {
  const gh = createGitHubClient(server.url, token);
  const { data } = await gh.rest.repos.getReleaseByTag({ owner, repo, tag: "v1.0.0" });
  return { gh, release: data };
}

describe("release assets against recorded GitHub traffic (@octokit/fixtures)", () => {
  it("uploads to the release's upload_url, lists and deletes assets as GitHub expects", async () => {
    server = await startFixtureServer("release-assets");
    const repo = "release-assets";
    const { gh, release } = await releaseOf(repo);
    expect(release.upload_url.startsWith(server.url)).toBe(true);
    await uploadAsset(gh, { owner, repo }, release, upload, "test");
    const assets = await listReleaseAssets(gh, { owner, repo }, release.id);
    expect(assets.map((a) => [a.name, a.size])).toEqual([["test-upload.txt", 14]]);
    await deleteAsset(gh, { owner, repo }, assets[0]?.id ?? 0);
    expect(server.unmatched).toEqual([]);
    // Fetching one asset's metadata and renaming it are recorded too; the release flow needs neither.
    expect(server.pending()).toEqual([
      `GET /repos/${owner}/${repo}/releases/assets/1000`,
      `PATCH /repos/${owner}/${repo}/releases/assets/1000`,
    ]);
  });

  it("replaces an asset whose name is taken (422 already_exists): list, delete, upload again", async () => {
    server = await startFixtureServer("release-assets-conflict");
    const repo = "release-assets-conflict";
    const { gh, release } = await releaseOf(repo);
    await uploadAsset(gh, { owner, repo }, release, upload, "test");
    expect(server.unmatched).toEqual([]);
    expect(server.pending()).toEqual([]);
  });
});
