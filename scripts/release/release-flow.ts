import semver from "semver";
import { type Io, UserError } from "../cli/command.js";
import { type Changes, diffExports, emptyExport } from "../diff/diff-exports.js";
import { type DataExport, exportFromData } from "../diff/export-from-data.js";
import { parseExport } from "../diff/read-export.js";
import { renderChangesJson } from "../diff/render-json.js";
import { renderChangesMarkdown } from "../diff/render-markdown.js";
import { exportFiles } from "../export/export-files.js";
import { replaceFolder } from "../export/replace-folder.js";
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions,
} from "../github/client.js";
import { describeGitHubError, redact } from "./github-error.js";
import { latestPublished, type Release, tagVersion } from "./previous-release.js";
import { releaseAssets } from "./release-assets.js";
import { releaseBody } from "./release-body.js";
import { downloadAsset, type Repository, syncAssets } from "./sync-assets.js";

export interface ReleaseSettings {
  /** Absolute folders, and as the user gave them (for messages). */
  dataDir: string;
  outDir: string;
  shownData: string;
  shownOut: string;
  dryRun: boolean;
  repository: Repository;
  apiUrl: string;
  token: string | undefined;
  /** The commit to tag (GITHUB_SHA); the default branch's head when undefined. */
  sha: string | undefined;
}

/** The previous release's actormap.json; a release without one cannot be compared, so it stops the run. */
async function previousExport(gh: GitHubClient, repository: Repository, release: Release) {
  const asset = release.assets.find((a) => a.name === "actormap.json");
  if (!asset) {
    throw new UserError(
      `release ${release.tag_name} has no actormap.json asset, so what changed cannot be told: ` +
        "upload it to that release or delete the release",
    );
  }
  const bytes = await downloadAsset(gh, repository, asset.id);
  return parseExport(new TextDecoder().decode(bytes), `actormap.json of ${release.tag_name}`);
}

async function findOrCreateRelease(
  gh: GitHubClient,
  settings: ReleaseSettings,
  releases: readonly Release[],
  tag: string,
  body: string,
  say: (line: string) => void,
): Promise<Release> {
  // Drafts have no tag yet, but the list shows them with their tag_name: an interrupted run's
  // draft is found here and finished rather than duplicated.
  const existing = releases.find((r) => r.tag_name === tag);
  if (existing) {
    say(`continuing ${existing.draft ? "draft " : ""}release ${tag} (id ${existing.id})`);
    return existing;
  }
  const { data } = await gh.rest.repos.createRelease({
    ...settings.repository,
    tag_name: tag,
    name: tag,
    body,
    draft: true,
    ...(settings.sha ? { target_commitish: settings.sha } : {}),
  });
  say(`created draft release ${tag} (id ${data.id})`);
  return data;
}

/** Everything the release publishes, from the diff against the previous release. */
function prepareRelease(
  built: DataExport,
  changes: Changes,
  previous: Release | undefined,
  repository: Repository,
) {
  const previousVersion = previous ? tagVersion(previous.tag_name) : undefined;
  const { bump } = changes;
  if (bump === "none") throw new Error("a release needs a change");
  const version = previousVersion ? semver.inc(previousVersion, bump) : "1.0.0";
  if (!version) throw new Error(`cannot bump ${previousVersion}`);
  changes.to.version = version;
  const notes = renderChangesMarkdown(changes);
  // The released site links this release's downloads (Pages serves only the site itself).
  const files = new Map(
    exportFiles({ ...built.data, version }, built.registry.relationships, {
      repository: `${repository.owner}/${repository.repo}`,
    }),
  );
  return {
    tag: `v${version}`,
    notes,
    body: releaseBody(notes),
    files,
    assets: releaseAssets(files, renderChangesJson(changes), notes),
  };
}

/**
 * `actormap release`: build, compare with the last release's actormap.json, and publish the
 * next version with every asset. Safe to re-run: nothing changed → no write at all; an
 * interrupted run's draft is found by its tag and completed; the release is published (made
 * non-draft) only when every asset is in place.
 */
export async function runRelease(
  settings: ReleaseSettings,
  io: Io,
  clientOptions: GitHubClientOptions = {},
): Promise<number> {
  const say = (line: string) => io.stdout(`${redact(line, settings.token)}\n`);
  const built = exportFromData(settings.dataDir, "0.0.0", settings.shownData);
  const gh = createGitHubClient(settings.apiUrl, settings.token, clientOptions);
  const { owner, repo } = settings.repository;
  const repositoryText = `${owner}/${repo}`;
  try {
    try {
      await gh.rest.repos.get({ owner, repo });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      throw new UserError(
        `repository ${repositoryText} not found at ${settings.apiUrl} ` +
          "(check --repo or GITHUB_REPOSITORY, and that the token can see it)",
      );
    }
    const releases = await gh.paginate(gh.rest.repos.listReleases, { owner, repo, per_page: 100 });
    const previous = latestPublished(releases);
    const before = previous
      ? await previousExport(gh, settings.repository, previous)
      : emptyExport(built.data.schema_version);
    const changes = diffExports(before, built.data);
    if (changes.bump === "none") {
      say(
        previous
          ? `No changes since ${previous.tag_name}: nothing to release.`
          : "The dataset is empty: nothing to release.",
      );
      return 0;
    }
    const { tag, notes, body, files, assets } = prepareRelease(
      built,
      changes,
      previous,
      settings.repository,
    );
    const since = previous ? `${changes.bump} bump from ${previous.tag_name}` : "first release";
    if (settings.dryRun) {
      say(`Would release ${tag} (${since}) to ${repositoryText}.\n\n${notes}\nAssets:`);
      for (const asset of assets) say(`  ${asset.name} (${asset.bytes.length} bytes)`);
      return 0;
    }
    replaceFolder(settings.outDir, files, settings.shownOut);
    say(`built ${tag} (${since}) into ${settings.shownOut}`);

    const release = await findOrCreateRelease(gh, settings, releases, tag, body, say);
    const report = await syncAssets(gh, settings.repository, release, assets, say);
    const retarget =
      settings.sha !== undefined && release.draft && release.target_commitish !== settings.sha;
    if (release.draft || release.body !== body || release.name !== tag || retarget) {
      await gh.rest.repos.updateRelease({
        owner,
        repo,
        release_id: release.id,
        name: tag,
        body,
        draft: false,
        ...(retarget && settings.sha ? { target_commitish: settings.sha } : {}),
      });
    }
    say(
      `Released ${tag}: ${report.uploaded.length} uploaded, ${report.replaced.length} replaced, ` +
        `${report.kept.length} already there, ${report.removed.length} removed. ${release.html_url}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError) throw new UserError(redact(error.message, settings.token));
    // Only failed requests are described; anything else is a bug and reported as one, but
    // still without the token (ACTORMAP_DEBUG prints the stack).
    if (!(error as { request?: unknown }).request) {
      if (error instanceof Error) {
        error.message = redact(error.message, settings.token);
        error.stack = error.stack && redact(error.stack, settings.token);
      }
      throw error;
    }
    throw describeGitHubError(error, repositoryText, settings.apiUrl, settings.token);
  }
}
