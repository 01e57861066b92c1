// The npm package as consumers get it: packed from the real checkout with `npm pack`, unpacked
// into a temporary project's node_modules and imported by name, no network involved.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { runCli } from "../helpers/cli.js";

const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as {
  name: string;
  dependencies: Record<string, string>;
};
const bin = (name: string) => join(packageRoot, "node_modules", ".bin", name);

/** Runs a program; on failure the error carries everything it printed. */
function run(file: string, args: string[], cwd = packageRoot): string {
  try {
    return execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

let work: string;
let tarball: string;
let packed: string[];
/** The temporary consumer project, with the package unpacked in its node_modules. */
let project: string;

/** Every scripts/**.ts has a compiled lib/scripts/**.js at least as new (`npm test` compiles). */
function staleCompiledFiles(): string[] {
  const stale: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        const compiled = join(packageRoot, "lib", relative(packageRoot, path)).replace(
          /\.ts$/,
          ".js",
        );
        const built = statSync(compiled, { throwIfNoEntry: false });
        if (!built || built.mtimeMs < statSync(path).mtimeMs)
          stale.push(relative(packageRoot, path));
      }
    }
  };
  walk(join(packageRoot, "scripts"));
  return stale;
}

beforeAll(async () => {
  expect(staleCompiledFiles(), "lib/ is stale: run `npm run compile` (npm test does)").toEqual([]);
  // The package ships the dataset built from data/, so build it where `files` expects it.
  const build = await runCli(["build"], { compiled: true });
  expect(build.code, build.stderr).toBe(0);
  work = mkdtempSync(join(tmpdir(), "actormap-package-"));
  const [result] = JSON.parse(
    run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work]),
  ) as { filename: string; files: { path: string }[] }[];
  if (!result) throw new Error("npm pack reported nothing");
  tarball = join(work, result.filename);
  packed = result.files.map((f) => f.path).sort();

  project = join(work, "consumer");
  const installed = join(project, "node_modules", manifest.name);
  mkdirSync(installed, { recursive: true });
  run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  // The package's own dependencies, linked from this checkout instead of downloaded.
  for (const dependency of Object.keys(manifest.dependencies)) {
    const link = join(project, "node_modules", dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(packageRoot, "node_modules", dependency), link, "dir");
  }
  writeFileSync(join(project, "package.json"), '{ "type": "module", "private": true }\n');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("ships exactly the compiled code, the CLI, the schemas, the site assets and the dataset", () => {
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^LICENSE$/,
      /^bin\/actormap\.js$/,
      /^dist\/actormap\.json$/,
      /^schema\/[a-z-]+\.schema\.json$/,
      /^scripts\/site\/assets\/site\.(css|js)$/,
      /^lib\/scripts\/(?!bench\/|schema\/)[a-z0-9/-]+\.(js|d\.ts)$/,
    ];
    expect(packed.filter((path) => !allowed.some((pattern) => pattern.test(path)))).toEqual([]);
    expect(packed).toEqual(
      expect.arrayContaining([
        "README.md",
        "LICENSE",
        "bin/actormap.js",
        "dist/actormap.json",
        "schema/export.schema.json",
        "lib/scripts/package/index.js",
        "lib/scripts/package/index.d.ts",
        "lib/scripts/generated/export-file.d.ts",
        "lib/scripts/cli/main.js",
        "scripts/site/assets/site.js",
      ]),
    );
  });

  it("runs the README's example, imported by package name", () => {
    const readme = readFileSync(join(packageRoot, "README.md"), "utf8");
    const example = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
      .map((block) => block[1] ?? "")
      .find((code) => code.includes('from "threat-actor-map"'));
    expect(
      example,
      'README.md needs a ```js example importing from "threat-actor-map"',
    ).toBeDefined();
    writeFileSync(join(project, "example.mjs"), example ?? "");
    const output = run(process.execPath, ["example.mjs"], project);
    expect(output).toContain("Midnight Blizzard (microsoft)");
    expect(output).toContain("COZY BEAR (crowdstrike)");
  });

  it("exposes the dataset, the clusters and lookup through the exports map, with types", () => {
    const script = [
      'import { clusters, dataset, lookup, nearest } from "threat-actor-map";',
      'import schema from "threat-actor-map/schema/export.schema.json" with { type: "json" };',
      'import json from "threat-actor-map/actormap.json" with { type: "json" };',
      "const [match] = lookup('cozy-bear');",
      "console.log(JSON.stringify({",
      "  same: json.version === dataset.version && dataset.schema_version === schema.properties.schema_version.const,",
      "  clusters: clusters.length === dataset.clusters.length,",
      "  match: match?.cluster.actors.some((a) => a.key === 'microsoft/midnight-blizzard'),",
      "  miss: lookup('no such actor anywhere').length,",
      "  nearest: nearest('Midnight Blizard').includes('Midnight Blizzard'),",
      "}));",
    ].join("\n");
    writeFileSync(join(project, "api.mjs"), script);
    const output = run(process.execPath, ["api.mjs"], project);
    expect(JSON.parse(output)).toEqual({
      same: true,
      clusters: true,
      match: true,
      miss: 0,
      nearest: true,
    });
    const types = join(
      project,
      "node_modules",
      manifest.name,
      "lib",
      "scripts",
      "package",
      "index.d.ts",
    );
    expect(readFileSync(types, "utf8")).toContain(
      "export declare function lookup(name: string): ActorMatch[];",
    );
  });

  it("passes publint and Are The Types Wrong (ESM only: Node 20 cannot require() ESM)", () => {
    expect(existsSync(tarball)).toBe(true);
    expect(run(bin("publint"), ["run", tarball, "--strict"])).toContain("All good!");
    run(bin("attw"), [tarball, "--profile", "esm-only", "--no-emoji", "--no-color"]);
  });
});
