import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { describeGitHubError } from "../../scripts/release/github-error.js";
import { releaseAssets } from "../../scripts/release/release-assets.js";
import { releaseBody } from "../../scripts/release/release-body.js";

const build = new Map(
  [
    ["actormap.json", "{}\n"],
    ["misp/galaxies/actormap.json", "{}\n"],
    ["site/index.html", "<p>hi</p>\n"],
    ["SHA256SUMS", "stale\n"],
  ].map(([path, text]) => [path ?? "", Buffer.from(text ?? "")]),
);

describe("release assets", () => {
  it("flattens folders into asset names, zips the site, and checksums every asset by name", () => {
    const assets = releaseAssets(build, "{}\n", "notes\n");
    expect(assets.map((a) => [a.name, a.contentType])).toEqual([
      ["actormap.json", "application/json"],
      ["misp-galaxies-actormap.json", "application/json"],
      ["actormap-site.zip", "application/zip"],
      ["CHANGES.json", "application/json"],
      ["RELEASE_NOTES.md", "text/markdown"],
      ["SHA256SUMS", "text/plain"],
    ]);
    const sums = new TextDecoder().decode(assets.at(-1)?.bytes);
    const expected = assets
      .slice(0, -1)
      .map((a) => `${createHash("sha256").update(a.bytes).digest("hex")}  ${a.name}`)
      .sort((x, y) => (x.slice(66) < y.slice(66) ? -1 : 1));
    expect(sums).toBe(`${expected.join("\n")}\n`);
    const zip = unzipSync(
      assets.find((a) => a.name === "actormap-site.zip")?.bytes ?? new Uint8Array(),
    );
    expect(Object.keys(zip)).toEqual(["site/index.html"]);
  });

  it("zips the site to the same bytes in any time zone", () => {
    const code = [
      `import { zipSite } from ${JSON.stringify(join(packageRoot, "scripts/release/site-zip.ts"))};`,
      'import { createHash } from "node:crypto";',
      'const files = [["site/a.html", "a"], ["site/b.css", "b"]].map(([p, t]) => [p, Buffer.from(t)]);',
      "const zip = zipSite(new Map(files));",
      'process.stdout.write(createHash("sha256").update(zip).digest("hex"));',
    ].join("\n");
    const hash = (TZ: string) =>
      execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
        cwd: packageRoot,
        env: { ...process.env, TZ },
        encoding: "utf8",
      });
    const hashes = ["UTC", "Pacific/Kiritimati", "America/St_Johns"].map(hash);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(1);
  });
});

describe("release body", () => {
  it("keeps notes that fit and cuts longer ones at a line, pointing to the assets", () => {
    expect(releaseBody("short\n", 100)).toBe("short\n");
    const notes = `${"- a line of notes\n".repeat(50)}`;
    const body = releaseBody(notes, 400);
    expect(body.length).toBeLessThanOrEqual(400);
    expect(body).toMatch(
      /^(- a line of notes\n)+…\n\n\*The notes are cut here: the full list is in the RELEASE_NOTES\.md and CHANGES\.json assets\.\*\n$/,
    );
  });
});

describe("GitHub errors", () => {
  const request = { method: "POST", url: "https://ghe.example/api/v3/repos/acme/map/releases" };
  const token = "ghs_secret";

  it("names the permission a 403 needs and never shows the token", () => {
    const error = describeGitHubError(
      { status: 403, request, response: { headers: {}, data: { message: `denied for ${token}` } } },
      "acme/map",
      "https://ghe.example/api/v3",
      token,
    );
    expect(error.message).toBe(
      `GitHub refused POST ${request.url} (403 denied for ***): the token needs "contents: write" on acme/map`,
    );
  });

  it("tells an unreachable server from an answer", () => {
    const error = describeGitHubError(
      { status: 500, request, message: "fetch failed", cause: { code: "ECONNREFUSED" } },
      "acme/map",
      "https://ghe.example/api/v3",
      token,
    );
    expect(error.message).toBe(
      "cannot reach the GitHub API at https://ghe.example/api/v3 (ECONNREFUSED)",
    );
  });
});
