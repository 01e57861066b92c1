import { createHash } from "node:crypto";
import type { GitHubClient } from "../github/client.js";
import type { ReleaseAsset } from "./release-assets.js";

export interface Repository {
  owner: string;
  repo: string;
}

/** The part of a GitHub release the asset upload needs. */
export interface ReleaseTarget {
  id: number;
  upload_url: string;
}

export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  state?: string;
  /** "sha256:<hex>" on github.com since 2025; absent on older servers. */
  digest?: string | null;
}

export interface SyncReport {
  uploaded: string[];
  replaced: string[];
  kept: string[];
  removed: string[];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export async function listReleaseAssets(
  gh: GitHubClient,
  { owner, repo }: Repository,
  releaseId: number,
): Promise<RemoteAsset[]> {
  // GitHub's default page size (30) holds a release's dozen assets in one request.
  return gh.paginate(gh.rest.repos.listReleaseAssets, { owner, repo, release_id: releaseId });
}

export async function downloadAsset(
  gh: GitHubClient,
  { owner, repo }: Repository,
  assetId: number,
): Promise<Uint8Array> {
  const response = await gh.rest.repos.getReleaseAsset({
    owner,
    repo,
    asset_id: assetId,
    headers: { accept: "application/octet-stream" },
  });
  return new Uint8Array(response.data as unknown as ArrayBuffer);
}

/** Same bytes: equal size, then the digest GitHub reports or, without one, the downloaded bytes. */
async function isSame(
  gh: GitHubClient,
  repository: Repository,
  remote: RemoteAsset,
  local: ReleaseAsset,
): Promise<boolean> {
  if (remote.state !== undefined && remote.state !== "uploaded") return false;
  if (remote.size !== local.bytes.length) return false;
  const hex = sha256(local.bytes);
  if (remote.digest) return remote.digest === `sha256:${hex}`;
  return sha256(await downloadAsset(gh, repository, remote.id)) === hex;
}

function isAlreadyExists(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: { code?: string }[] } } };
  return (
    e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === "already_exists")
  );
}

async function postAsset(
  gh: GitHubClient,
  { owner, repo }: Repository,
  release: ReleaseTarget,
  asset: ReleaseAsset,
  label: string | undefined,
): Promise<void> {
  // The release's upload_url, not octokit's default uploads.github.com, so GitHub Enterprise
  // and test servers receive the upload.
  await gh.rest.repos.uploadReleaseAsset({
    owner,
    repo,
    release_id: release.id,
    url: release.upload_url,
    name: asset.name,
    ...(label === undefined ? {} : { label }),
    data: asset.bytes as unknown as string,
    headers: { "content-type": asset.contentType },
  });
}

/**
 * Uploads one asset. When the name is taken (422 already_exists: another run got there first,
 * or a listing was stale) the existing asset is deleted and the upload repeated once.
 */
export async function uploadAsset(
  gh: GitHubClient,
  repository: Repository,
  release: ReleaseTarget,
  asset: ReleaseAsset,
  label?: string,
): Promise<void> {
  try {
    await postAsset(gh, repository, release, asset, label);
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
    const taken = (await listReleaseAssets(gh, repository, release.id)).find(
      (a) => a.name === asset.name,
    );
    if (taken) await deleteAsset(gh, repository, taken.id);
    await postAsset(gh, repository, release, asset, label);
  }
}

export async function deleteAsset(
  gh: GitHubClient,
  { owner, repo }: Repository,
  assetId: number,
): Promise<void> {
  await gh.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assetId });
}

/**
 * Makes the release's assets exactly `assets`: identical ones are kept (no request that
 * writes), differing ones replaced, missing ones uploaded, others removed. Re-running after an
 * interruption therefore finishes the job without duplicating anything.
 */
export async function syncAssets(
  gh: GitHubClient,
  repository: Repository,
  release: ReleaseTarget,
  assets: readonly ReleaseAsset[],
  progress: (line: string) => void,
): Promise<SyncReport> {
  const report: SyncReport = { uploaded: [], replaced: [], kept: [], removed: [] };
  const remote = new Map(
    (await listReleaseAssets(gh, repository, release.id)).map((a) => [a.name, a]),
  );
  const wanted = new Set(assets.map((a) => a.name));
  for (const stale of remote.values()) {
    if (wanted.has(stale.name)) continue;
    await deleteAsset(gh, repository, stale.id);
    report.removed.push(stale.name);
    progress(`removed ${stale.name} (not part of this release)`);
  }
  for (const asset of assets) {
    const existing = remote.get(asset.name);
    if (existing && (await isSame(gh, repository, existing, asset))) {
      report.kept.push(asset.name);
      continue;
    }
    if (existing) await deleteAsset(gh, repository, existing.id);
    await uploadAsset(gh, repository, release, asset);
    (existing ? report.replaced : report.uploaded).push(asset.name);
    progress(`${existing ? "replaced" : "uploaded"} ${asset.name} (${asset.bytes.length} bytes)`);
  }
  return report;
}
