// `actormap build` writes these files under dist/site/: a static page that works from disk
// (file://) and from GitHub Pages, with no dependencies and no external requests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../core/paths.js";
import type { ExportFile } from "../generated/export-file.js";
import { dataScript, pageData } from "./page-data.js";
import { pageHtml } from "./page-html.js";
import { assetLinks, defaultAssets, githubRepository } from "./release-assets.js";

export interface SiteOptions {
  /** Release asset names to link; defaults to what `actormap build` writes. */
  assets?: readonly string[];
  /**
   * GitHub "owner/name" whose releases hold the assets; `null` for none (links stay relative).
   * Defaults to package.json's `repository`.
   */
  repository?: string | null;
}

// The page's own script and styles are plain files (they run in the browser, not in Node).
const assetDir = join(packageRoot, "scripts", "site", "assets");
const staticFiles = ["site.css", "site.js"].map(
  (name) => [name, readFileSync(join(assetDir, name), "utf8")] as const,
);

function packageRepository(): string | undefined {
  const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"));
  return githubRepository(manifest.repository);
}

/** Relative path → file text. Deterministic: the same data gives the same bytes. */
export function renderSite(data: ExportFile, options: SiteOptions = {}): Map<string, string> {
  const repository =
    options.repository === undefined ? packageRepository() : (options.repository ?? undefined);
  const links = assetLinks(options.assets ?? defaultAssets, data.version, repository);
  return new Map([
    ["index.html", pageHtml(data.version, links)],
    ["data.js", dataScript(pageData(data))],
    ...staticFiles,
  ]);
}
