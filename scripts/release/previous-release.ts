import semver from "semver";
import type { GitHubClient } from "../github/client.js";

export type Release = Awaited<
  ReturnType<GitHubClient["rest"]["repos"]["listReleases"]>
>["data"][number];

/** "v1.2.3" → "1.2.3"; undefined for tags that are not a release version. */
export function tagVersion(tag: string): string | undefined {
  const version = /^v(.+)$/.exec(tag)?.[1];
  return version && semver.valid(version) === version && !semver.prerelease(version)
    ? version
    : undefined;
}

/** The published (not draft, not pre-release) release with the highest version tag. */
export function latestPublished(releases: readonly Release[]): Release | undefined {
  let best: { release: Release; version: string } | undefined;
  for (const release of releases) {
    const version = tagVersion(release.tag_name);
    if (release.draft || release.prerelease || !version) continue;
    if (!best || semver.gt(version, best.version)) best = { release, version };
  }
  return best?.release;
}
