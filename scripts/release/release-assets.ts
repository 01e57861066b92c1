import { checksumsFile, renderChecksums, sha256 } from "../export/checksums.js";
import { siteZipName, zipSite } from "./site-zip.js";

export const changesFile = "CHANGES.json";
export const notesFile = "RELEASE_NOTES.md";

export interface ReleaseAsset {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

const contentTypes: Record<string, string> = {
  json: "application/json",
  csv: "text/csv",
  md: "text/markdown",
  zip: "application/zip",
  txt: "text/plain",
};

export function contentType(name: string): string {
  const extension = /\.([a-z]+)$/.exec(name)?.[1] ?? "";
  return contentTypes[extension] ?? "text/plain";
}

/**
 * A release asset's name for a build file: GitHub asset names cannot hold folders, so
 * `misp/galaxies/threat-actor.json` is published as `misp-galaxies-threat-actor.json`.
 */
export function releaseAssetName(path: string): string {
  return path.split("/").join("-");
}

const encoder = new TextEncoder();

/**
 * Every file a release carries: the build's exports (folders flattened), the site folder as
 * one zip, CHANGES.json, RELEASE_NOTES.md, and SHA256SUMS over all of them by asset name, so
 * `sha256sum -c SHA256SUMS` works in a folder of downloaded assets.
 */
export function releaseAssets(
  buildFiles: ReadonlyMap<string, Uint8Array>,
  changesJson: string,
  notes: string,
): ReleaseAsset[] {
  const bytes = new Map<string, Uint8Array>();
  const site = new Map<string, Uint8Array>();
  for (const [path, content] of buildFiles) {
    if (path === checksumsFile) continue;
    if (path.startsWith("site/")) site.set(path, content);
    else {
      const name = releaseAssetName(path);
      if (bytes.has(name)) throw new Error(`two build files publish as release asset ${name}`);
      bytes.set(name, content);
    }
  }
  if (site.size > 0) bytes.set(siteZipName, zipSite(site));
  bytes.set(changesFile, encoder.encode(changesJson));
  bytes.set(notesFile, encoder.encode(notes));
  const digests = new Map([...bytes].map(([name, data]) => [name, sha256(data)]));
  bytes.set(checksumsFile, encoder.encode(renderChecksums(digests)));
  return [...bytes].map(([name, data]) => ({ name, bytes: data, contentType: contentType(name) }));
}
