import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { nameKey } from "../../scripts/core/normalize.js";
import { packageRoot } from "../../scripts/core/paths.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import { siteZipName } from "../../scripts/release/site-zip.js";
import type { PageData } from "../../scripts/site/page-data.js";
import { githubRepository } from "../../scripts/site/release-assets.js";
import { renderSite } from "../../scripts/site/render-site.js";

const fixture = (): ExportFile =>
  JSON.parse(
    readFileSync(join(packageRoot, "test", "fixtures", "package", "actormap.json"), "utf8"),
  );

/** Runs data.js the way the page does and returns what it assigns. */
function pageDataOf(files: Map<string, string>): PageData {
  const window: { ACTORMAP?: PageData } = {};
  runInNewContext(files.get("data.js") ?? "", { window });
  if (!window.ACTORMAP) throw new Error("data.js assigned nothing");
  return window.ACTORMAP;
}

describe("renderSite", () => {
  it("writes the page, its style, its script and the data, the same bytes every time", () => {
    const files = renderSite(fixture(), { repository: null });
    expect([...files.keys()].sort()).toEqual(["data.js", "index.html", "site.css", "site.js"]);
    expect(renderSite(fixture(), { repository: null })).toEqual(files);
  });

  it("gives the page every cluster and every name, alias and id under the dataset's name key", () => {
    const page = pageDataOf(renderSite(fixture(), { repository: null }));
    expect(page.version).toBe("1.2.0");
    expect(page.clusters.map((c) => c.label)).toContain("Midnight Blizzard");
    const cozy = page.names.filter(([, name]) => name === "COZY BEAR");
    expect(cozy).toHaveLength(1);
    const [key, , position] = cozy[0] ?? [];
    expect(key).toBe(nameKey("COZY BEAR"));
    expect(page.clusters[position ?? -1]?.label).toBe("Midnight Blizzard");
    expect(page.names.map(([, name]) => name)).toEqual(
      expect.arrayContaining(["NOBELIUM", "g0016", "Storm-0954"]),
    );
  });

  it("never writes a name as markup: the HTML holds no data, data.js escapes '<'", () => {
    const data = fixture();
    const hostile = '<img src=x onerror="alert(1)"></script>';
    const actor = data.actors[0];
    if (actor) actor.name = hostile;
    const files = renderSite(data, { repository: null });
    for (const [path, text] of files) expect(text, path).not.toContain("<img src=x");
    expect(pageDataOf(files).clusters.flatMap((c) => c.actors.map((a) => a.name))).toContain(
      hostile,
    );
  });

  it("requests nothing outside its own files: no http(s) address in the page, style or script", () => {
    const files = renderSite(fixture(), { repository: null });
    for (const path of ["index.html", "site.css", "site.js"]) {
      expect(files.get(path), path).not.toMatch(/https?:\/\//);
    }
    expect(files.get("index.html")).toContain("Content-Security-Policy");
  });

  it("links the release assets beside the site for a local build", () => {
    const html = renderSite({ ...fixture(), version: "0.0.0-dev" }, { repository: "o/r" }).get(
      "index.html",
    );
    expect(html).toContain('<a href="../actormap.json">actormap.json</a>');
    expect(html).toContain('<a href="../misp/galaxies/actormap.json">');
    expect(html).toContain('<a href="../SHA256SUMS">SHA256SUMS</a>');
    expect(html).toContain("0.0.0-dev");
    expect(html, "release-only files are not in a local build").not.toContain("CHANGES.json");
  });

  it("links a released version's assets on its GitHub release when the repository is known", () => {
    const html = renderSite(fixture(), {
      repository: "octo/actormap",
      assets: ["actormap.json", "clusters.csv"],
    }).get("index.html");
    expect(html).toContain(
      'href="https://github.com/octo/actormap/releases/download/v1.2.0/actormap.json"',
    );
    expect(html).toContain(
      'href="https://github.com/octo/actormap/releases/download/v1.2.0/clusters.csv"',
    );
    for (const releaseOnly of ["CHANGES.json", "RELEASE_NOTES.md", siteZipName]) {
      expect(html).toContain(
        `href="https://github.com/octo/actormap/releases/download/v1.2.0/${releaseOnly}"`,
      );
    }
    expect(
      renderSite(fixture(), { repository: "octo/actormap" }).get("index.html"),
      "folders flattened as the release names its assets",
    ).toContain(
      'href="https://github.com/octo/actormap/releases/download/v1.2.0/misp-galaxies-actormap.json"',
    );
  });
});

describe("githubRepository", () => {
  it("reads owner/name from every form package.json's repository field takes", () => {
    expect(githubRepository("github:octo/actormap")).toBe("octo/actormap");
    expect(githubRepository("octo/actormap")).toBe("octo/actormap");
    expect(githubRepository({ type: "git", url: "git+https://github.com/octo/actormap.git" })).toBe(
      "octo/actormap",
    );
    expect(githubRepository("https://gitlab.com/octo/actormap")).toBeUndefined();
    expect(githubRepository(undefined)).toBeUndefined();
  });
});
