import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { schemaDir } from "../../scripts/core/paths.js";
import { runCli } from "../helpers/cli.js";
import {
  buildFixture,
  fixtureFolder,
  readExport,
  readJson,
  readTree,
  sharedBuild,
} from "./build-fixture.js";

const expectedFiles = [
  "SHA256SUMS",
  "actormap.json",
  "actormap.stix.json",
  "actors.csv",
  "clusters.csv",
  "mappings.csv",
  "misp/clusters/actormap.json",
  "misp/galaxies/actormap.json",
];

describe("actormap build", () => {
  const fixture = sharedBuild();

  it("writes the JSON, CSV, STIX, MISP and site files into --out", async () => {
    const { out, result } = fixture();
    expect(result.stderr).not.toMatch(/ error /);
    expect(result.code).toBe(0);
    const files = [...readTree(out).keys()];
    expect(files).toEqual(expect.arrayContaining(expectedFiles));
    expect(files.some((f) => f.startsWith("site/"))).toBe(true);
    expect(result.stdout).toBe(`wrote ${files.length} files to dist (version 0.0.0-dev)\n`);
  });

  it("prints the data's warnings in validate's format and still builds", async () => {
    const { result } = fixture();
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^data\/vendors\/crowdstrike\.yaml:\d+:\d+ warning one-sided /m);
  });

  it("writes actormap.json that the published export schema accepts", async () => {
    const { out } = fixture();
    const schema = readJson<object>(join(schemaDir, "export.schema.json"));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const valid = validate(readExport(out));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("exports the merged model: same clusters, partial relations, one-sided and merged actors", async () => {
    const data = readExport(fixture().out);
    const byKey = new Map(data.actors.map((a) => [a.key, a]));
    const clusterOf = (key: string) =>
      data.clusters.find((c) => c.uuid === byKey.get(key)?.cluster);

    const apt29 = clusterOf("mitre-attack/g0016");
    expect(apt29?.members).toEqual([
      "crowdstrike/cozy-bear",
      "microsoft/midnight-blizzard",
      "mitre-attack/g0016",
    ]);
    expect(apt29?.label).toBe("Midnight Blizzard");

    const labyrinth = clusterOf("crowdstrike/labyrinth-chollima");
    const citrine = clusterOf("microsoft/citrine-sleet");
    expect(labyrinth?.relations).toContainEqual({ relation: "includes", cluster: citrine?.uuid });
    expect(citrine?.relations).toEqual([{ relation: "part-of", cluster: labyrinth?.uuid }]);

    const fancy = data.mappings.find((m) => m.from === "crowdstrike/fancy-bear");
    expect(fancy).toMatchObject({
      to: "microsoft/forest-blizzard",
      relation: "same",
      status: "one-sided",
    });
    expect(fancy?.sources.map((s) => s.vendor)).toEqual(["crowdstrike"]);
    const cozy = data.mappings.find((m) => m.from === "crowdstrike/cozy-bear");
    expect(cozy?.status).toBe("mutual");
    expect(cozy?.sources.map((s) => s.vendor)).toEqual(["crowdstrike", "microsoft"]);
    expect(cozy?.sources[0]?.since).toBe("2025-06-02");

    expect(byKey.get("microsoft/storm-0017")).toMatchObject({
      status: "merged",
      merged_into: "microsoft/forest-blizzard",
    });
  });

  it("lists every array in a stable order", async () => {
    const data = readExport(fixture().out);
    const sorted = (values: string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(data.vendors.map((v) => v.id)).toEqual(sorted(data.vendors.map((v) => v.id)));
    expect(data.actors.map((a) => a.key)).toEqual(sorted(data.actors.map((a) => a.key)));
    expect(data.clusters.map((c) => c.uuid)).toEqual(sorted(data.clusters.map((c) => c.uuid)));
    const pairs = data.mappings.map((m) => `${m.from} ${m.to}`);
    expect(pairs).toEqual(sorted(pairs));
  });

  it("writes byte-identical files on every run, in any time zone and locale", async () => {
    const first = readTree(fixture().out);
    const second = readTree((await buildFixture()).out);
    const turkish = readTree(
      (
        await buildFixture([], {
          TZ: "Pacific/Kiritimati",
          LC_ALL: "tr_TR.UTF-8",
          LANG: "tr_TR.UTF-8",
        })
      ).out,
    );
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...turkish.keys()]).toEqual([...first.keys()]);
    // SHA256SUMS first: a difference there names the file that differs.
    const sums = (tree: Map<string, Buffer>) => tree.get("SHA256SUMS")?.toString("utf8");
    expect(sums(second)).toBe(sums(first));
    expect(sums(turkish)).toBe(sums(first));
    for (const [path, bytes] of first) {
      expect(second.get(path)?.equals(bytes), path).toBe(true);
      expect(turkish.get(path)?.equals(bytes), path).toBe(true);
    }
  });

  it("writes no absolute paths and only \\n line ends outside the CSV files", async () => {
    const { dir, out } = fixture();
    for (const [path, bytes] of readTree(out)) {
      const text = bytes.toString("utf8");
      expect(text, path).not.toContain(dir);
      if (!path.endsWith(".csv")) expect(text, path).not.toContain("\r");
    }
  });

  it("writes SHA256SUMS over every other file, in the format sha256sum -c reads", async () => {
    const { out } = fixture();
    const files = readTree(out);
    const lines = (files.get("SHA256SUMS")?.toString("utf8") ?? "").trimEnd().split("\n");
    const expected = [...files]
      .filter(([path]) => path !== "SHA256SUMS")
      .map(([path, bytes]) => `${createHash("sha256").update(bytes).digest("hex")}  ${path}`);
    expect(lines).toEqual(expected);
    const check = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: out, encoding: "utf8" });
    expect(check.trimEnd().split("\n")).toHaveLength(expected.length);
  });

  it("refuses invalid data with validate's diagnostics, exit 1, and leaves the old output whole", async () => {
    const dir = fixtureFolder();
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist", "actormap.json"), "previous build\n");
    const file = join(dir, "data", "vendors", "crowdstrike.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("actor: Forest Blizzard", "actor: Forrest Blizard"),
    );
    const result = await runCli(["build", "--data", "data", "--out", "dist"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^data\/vendors\/crowdstrike\.yaml:\d+:\d+ error unknown-actor /m,
    );
    expect(readdirSync(join(dir, "dist"))).toEqual(["actormap.json"]);
    expect(readFileSync(join(dir, "dist", "actormap.json"), "utf8")).toBe("previous build\n");
    expect(readdirSync(dir).sort()).toEqual(["data", "dist"]);
  });

  it("gives a one-line error, exit 1, and keeps the old output when --out is read-only", async () => {
    const dir = fixtureFolder();
    const out = join(dir, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "actormap.json"), "previous build\n");
    chmodSync(out, 0o555);
    // Root ignores file modes: run the CLI as an unprivileged user, who can write beside dist.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o777);
    const result = await runCli(["build", "--data", "data", "--out", "dist"], {
      cwd: dir,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    chmodSync(out, 0o755);
    expect(result.code).toBe(1);
    // The data's warnings come first; the failure itself is one line.
    expect(result.stderr).toMatch(
      /\nactormap build: cannot write dist: permission denied [^\n]*\n$/,
    );
    expect(readdirSync(out)).toEqual(["actormap.json"]);
    expect(readFileSync(join(out, "actormap.json"), "utf8")).toBe("previous build\n");
    expect(readdirSync(dir).sort()).toEqual(["data", "dist"]);
  });

  it("gives a one-line error, exit 1, when --out is a file", async () => {
    const dir = fixtureFolder();
    writeFileSync(join(dir, "dist"), "not a folder\n");
    const result = await runCli(["build", "--data", "data", "--out", "dist"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\nactormap build: cannot write dist: [^\n]*is a file[^\n]*\n$/);
    expect(readFileSync(join(dir, "dist"), "utf8")).toBe("not a folder\n");
    expect(readdirSync(dir).sort()).toEqual(["data", "dist"]);
  });

  it("replaces a previous build whole, leaving no temporary folders", async () => {
    const dir = fixtureFolder();
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist", "stale.txt"), "from an older build\n");
    const result = await runCli(["build", "--data", "data", "--out", "dist"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, "dist", "stale.txt"))).toBe(false);
    expect(existsSync(join(dir, "dist", "actormap.json"))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["data", "dist"]);
  });

  it("writes the dataset version given with --version (the release passes the computed one)", async () => {
    const { out, result } = await buildFixture(["--version", "2.3.4"]);
    expect(result.stdout).toContain("(version 2.3.4)");
    expect(readExport(out).version).toBe("2.3.4");
    expect(readExport(fixture().out).version).toBe("0.0.0-dev");
  });

  it("rejects a --version that is not a semantic version (exit 2)", async () => {
    const { out, result } = await buildFixture(["--version", "v1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--version "v1" is not a semantic version');
    expect(existsSync(out)).toBe(false);
  });
});
