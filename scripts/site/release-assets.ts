// The files a release publishes next to the site, and where the page links them.
import { checksumsFile } from "../export/checksums.js";
import { mispGalaxyType } from "../export/misp.js";
import { changesFile, notesFile, releaseAssetName } from "../release/release-assets.js";
import { siteZipName } from "../release/site-zip.js";

/** What `actormap build` writes besides the site (paths relative to the output folder). */
export const defaultAssets = [
  "actormap.json",
  "actormap.stix.json",
  "actors.csv",
  "mappings.csv",
  "clusters.csv",
  `misp/galaxies/${mispGalaxyType}.json`,
  `misp/clusters/${mispGalaxyType}.json`,
  checksumsFile,
];

export interface AssetLink {
  name: string;
  href: string;
}

/**
 * Links to the release assets. A released version of a known GitHub repository links the
 * release's download URLs, so the page works when published alone (GitHub Pages); a local or
 * pre-release build links the files beside `site/` in `dist/`, which also works from disk.
 */
export function assetLinks(
  assets: readonly string[],
  version: string,
  repository: string | undefined,
): AssetLink[] {
  const released = repository !== undefined && !version.includes("-");
  const base = released ? `https://github.com/${repository}/releases/download/v${version}/` : "../";
  // A release also carries what only `actormap release` writes.
  const names = released ? [...assets, changesFile, notesFile, siteZipName] : assets;
  return names.map((name) => ({
    name,
    // Release asset names cannot hold folders: `actormap release` flattens them.
    href: released
      ? base + encodeURIComponent(releaseAssetName(name))
      : base + name.split("/").map(encodeURIComponent).join("/"),
  }));
}

/** "owner/name" from package.json's `repository` ("github:o/n", "o/n" or a GitHub URL). */
export function githubRepository(field: unknown): string | undefined {
  const url =
    typeof field === "object" && field !== null ? (field as { url?: unknown }).url : field;
  if (typeof url !== "string") return undefined;
  const match =
    /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return match?.[1];
}
