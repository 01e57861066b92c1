import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { runCli, writeFiles } from "../helpers/cli.js";

// Microsoft and CrowdStrike files written for the tests: one `same` pair, a one-to-many
// CrowdStrike name (includes, one side unstated) and an actor with markup in its name.
const fixture = join(packageRoot, "test", "fixtures", "site", "data");
let work: string;
let data: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "actormap-lookup-"));
  data = join(work, "data");
  cpSync(fixture, data, { recursive: true });
  const fix = await runCli(["fix", "--data", data]);
  expect(fix.code, fix.stderr).toBe(0);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const lookup = (...args: string[]) => runCli(["lookup", ...args, "--data", data]);

describe("actormap lookup", () => {
  it("prints every vendor's name for the cluster of any spelling of a name, with sources", async () => {
    const result = await lookup("cozy-bear");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, "<uuid>")).toBe(
      [
        '"cozy-bear" is the name of COZY BEAR (CrowdStrike): crowdstrike/cozy-bear',
        "",
        "Midnight Blizzard (cluster <uuid>)",
        "  Microsoft    Midnight Blizzard  microsoft/midnight-blizzard  also NOBELIUM; RU, nation-state",
        "  CrowdStrike  COZY BEAR          crowdstrike/cozy-bear        RU, nation-state",
        "  Mappings:",
        "    COZY BEAR (CrowdStrike) same as Midnight Blizzard (Microsoft), mutual",
        "      CrowdStrike: https://www.crowdstrike.com/en-us/blog/crowdstrike-microsoft-adversary-naming-collaboration/",
        "      Microsoft: https://learn.microsoft.com/en-us/defender-xdr/microsoft-threat-actor-naming",
        "",
      ].join("\n"),
    );
  });

  it("finds actors by alias and by id", async () => {
    const alias = await lookup("Nobelium");
    expect(alias.stdout.split("\n")[0]).toBe(
      '"Nobelium" is an alias of Midnight Blizzard (Microsoft): microsoft/midnight-blizzard',
    );
    const id = await lookup("jade-sleet");
    expect(id.code).toBe(0);
    expect(id.stdout).toContain("Jade Sleet (Microsoft): microsoft/jade-sleet");
  });

  it("shows the partial relations to other clusters, one-sided ones marked", async () => {
    const result = await lookup("LABYRINTH CHOLLIMA");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("  Related clusters:\n    includes Diamond Sleet (cluster ");
    expect(result.stdout).toContain(
      "      LABYRINTH CHOLLIMA (CrowdStrike) includes Jade Sleet (Microsoft), one-sided\n" +
        "        Microsoft: https://learn.microsoft.com/en-us/defender-xdr/microsoft-threat-actor-naming\n",
    );
  });

  it("answers in JSON: the matches, their clusters with every actor and mapping, no suggestions", async () => {
    const result = await lookup("COZY BEAR", "--format", "json");
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.query).toBe("COZY BEAR");
    expect(json.matches).toEqual([
      { actor: "crowdstrike/cozy-bear", matched: "name", cluster: json.clusters[0].uuid },
    ]);
    expect(json.clusters[0].actors.map((a: { key: string }) => a.key)).toEqual([
      "microsoft/midnight-blizzard",
      "crowdstrike/cozy-bear",
    ]);
    expect(json.clusters[0].mappings[0].sources.map((s: { vendor: string }) => s.vendor)).toEqual([
      "crowdstrike",
      "microsoft",
    ]);
    expect(json.suggestions).toEqual([]);
  });

  it("exits 1 with the nearest names when nothing matches", async () => {
    const text = await lookup("Cozy Baer");
    expect(text.code).toBe(1);
    expect(text.stdout).toBe("");
    expect(text.stderr).toBe(
      'actormap lookup: no actor is named "Cozy Baer"; nearest names: COZY BEAR\n',
    );
    const json = await lookup("Midnite Blizard", "--format", "json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      matches: [],
      suggestions: ["Midnight Blizzard"],
    });
  });

  it("refuses data with errors and says how to see them", async () => {
    const broken = join(work, "broken");
    cpSync(data, broken, { recursive: true });
    writeFiles(broken, { "vendors/unit42.yaml": "vendor:\n  id: unit42\nactors: []\n" });
    const result = await runCli(["lookup", "Cozy Bear", "--data", broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^actormap lookup: .*broken has \d+ errors?: run `actormap validate --data .*broken` and fix them first\n$/,
    );
  });

  it("rejects a missing name or an unknown format as a usage error", async () => {
    expect((await runCli(["lookup", "--data", data])).code).toBe(2);
    const format = await lookup("Cozy Bear", "--format", "xml");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml": use text or json');
  });
});
