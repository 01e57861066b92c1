import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { actor, importFixtures, readVendor, readVendorText, runImport } from "./helpers.js";

const fixtures = importFixtures("mstic");
const listUrl =
  "https://github.com/microsoft/mstic/blob/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json";

/** A CrowdStrike file holding the given names, as `--vendor crowdstrike` or a maintainer would write it. */
function crowdstrikeFile(names: string[]): string {
  const actors = names.map((name) =>
    [
      `  - id: ${name.toLowerCase().replace(" ", "-")}`,
      `    name: ${name}`,
      "    category: nation-state",
      "    status: active",
    ].join("\n"),
  );
  return [
    "vendor:",
    "  id: crowdstrike",
    "  name: CrowdStrike",
    "  url: https://www.crowdstrike.com/",
    "  provenance: curated",
    "actors:",
    ...actors,
    "",
  ].join("\n");
}

describe("actormap import mstic: the list's historical shapes", () => {
  test("2023 shape (New name, Previous name, Other names as an array): previous names become aliases, repeated entries merge", async () => {
    const out = tempDir();
    const result = await runImport("mstic", join(fixtures, "shape-2023.json"), out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const microsoft = readVendor(out, "microsoft");
    expect(microsoft.vendor).toMatchObject({
      id: "microsoft",
      provenance: "curated",
      maintainers: [],
    });
    expect(microsoft.actors.map((a) => a.id)).toEqual([
      "cotton-sandstorm",
      "midnight-blizzard",
      "sangria-tempest",
    ]);
    expect(actor(microsoft, "midnight-blizzard")).toMatchObject({
      name: "Midnight Blizzard",
      aliases: ["NOBELIUM"],
      origin: "RU",
      category: "nation-state",
      status: "active",
    });
    // "DEV-0198 (NEPTUNIUM)" holds two former names; the second entry adds nothing new.
    expect(actor(microsoft, "cotton-sandstorm").aliases).toEqual(["DEV-0198", "NEPTUNIUM"]);
    expect(actor(microsoft, "sangria-tempest")).toMatchObject({
      aliases: ["ELBRUS"],
      category: "financially-motivated",
    });
    expect(result.stdout).toContain("microsoft.yaml (new file): 3 added, 0 updated, 0 unchanged");
    expect(result.stdout).toContain(
      '"Cotton Sandstorm" is listed more than once: the entries were merged',
    );
  });

  test("2024 shape (Threat actor name, Previous name as a string): spaces trimmed and noted, a merged entry points at its successor", async () => {
    const out = tempDir();
    const result = await runImport("mstic", join(fixtures, "shape-2024.json"), out);
    expect(result.code).toBe(0);
    const microsoft = readVendor(out, "microsoft");
    expect(actor(microsoft, "storm-0133")).toMatchObject({ origin: "IR", aliases: ["DEV-0133"] });
    // A Tempest with only a country is Russian and financially motivated, not a nation-state actor.
    expect(actor(microsoft, "manatee-tempest")).toMatchObject({
      origin: "RU",
      category: "financially-motivated",
    });
    expect(actor(microsoft, "storm-0971")).toMatchObject({
      status: "merged",
      merged_into: "octo-tempest",
    });
    expect(result.stdout).toContain(
      '"Iran " (Origin/Threat of Storm-0133): surrounding spaces removed',
    );
    expect(result.stdout).toContain(
      '" HEXANE " (Other names of Storm-0133): surrounding spaces removed',
    );
  });

  test("Dec 2024+ shape (Origin/Threat, Other names as one string): origin and category from Origin/Threat", async () => {
    const out = tempDir();
    const result = await runImport("mstic", join(fixtures, "shape-2025.json"), out);
    expect(result.code).toBe(0);
    const microsoft = readVendor(out, "microsoft");
    expect(actor(microsoft, "neva-flood")).toMatchObject({
      origin: "RU",
      category: "influence-operations",
    });
    expect(actor(microsoft, "storm-1516")).toMatchObject({
      origin: "RU",
      category: "influence-operations",
    });
    expect(actor(microsoft, "blue-tsunami")).toMatchObject({
      origin: "IL",
      category: "private-sector-offensive",
    });
    // An empty Origin/Threat states nothing: no origin, category unknown until curated.
    expect(actor(microsoft, "sunglow-blizzard")).toMatchObject({
      aliases: ["DEV-0665"],
      category: "unknown",
    });
    expect(actor(microsoft, "sunglow-blizzard").origin).toBeUndefined();
    expect(result.stdout).toContain(
      '" SCATTERED SPIDER" (Other names of Octo Tempest): surrounding spaces removed',
    );
  });
});

describe("actormap import mstic: names it cannot attribute", () => {
  test("are reported with the actor they were listed on and why, and written nowhere", async () => {
    const out = tempDir();
    const result = await runImport("mstic", join(fixtures, "shape-2025.json"), out);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    const group = (reason: string) => {
      const start = lines.findIndex((line) => line.startsWith(`  ${reason}:`));
      expect(start, reason).toBeGreaterThan(-1);
      const names: string[] = [];
      for (const line of lines.slice(start + 1)) {
        if (!line.startsWith("    ")) break;
        names.push(line.trim());
      }
      return names;
    };
    expect(group("fits no vendor's naming pattern")).toEqual([
      "Lazarus (on Diamond Sleet)",
      "CopyCop (on Neva Flood)",
      "0ktapus (on Octo Tempest)",
    ]);
    // Storm-1516 is an entry of its own: never an alias of Neva Flood (that would name two actors).
    expect(group("is also an actor of its own in the list")).toEqual([
      "Storm-1516 (on Neva Flood)",
    ]);
    expect(group("CrowdStrike name by pattern; there is no vendors/crowdstrike.yaml")).toEqual([
      "LABYRINTH CHOLLIMA (on Citrine Sleet)",
      "LABYRINTH CHOLLIMA (on Diamond Sleet)",
      "SCATTERED SPIDER (on Octo Tempest)",
    ]);
    expect(
      group("Google/Mandiant name by pattern; there is no vendors/google-mandiant.yaml"),
    ).toEqual(["APT99 (on Sunglow Blizzard)"]);
    expect(result.stdout).toContain("Not attributed, not written: 8 names");
    const written = readVendorText(out, "microsoft");
    for (const name of ["Lazarus", "CopyCop", "LABYRINTH", "APT99"])
      expect(written).not.toContain(name);
    expect(actor(readVendor(out, "microsoft"), "neva-flood").aliases).toBeUndefined();
  });
});

test("a Microsoft-scheme name on two actors is reported, not made an alias of either", async () => {
  const out = tempDir({
    "list.json": JSON.stringify([
      { "Threat actor name": "Storm-0001", "Origin/Threat": "China", "Other names": "DEV-0001" },
      { "Threat actor name": "Storm-0002", "Origin/Threat": "China", "Other names": "DEV-0001" },
    ]),
  });
  const result = await runImport("mstic", join(out, "list.json"), out);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("  is listed on Storm-0001 and Storm-0002: 2\n");
  expect(readVendor(out, "microsoft").actors.map((a) => a.aliases)).toEqual([undefined, undefined]);
});

describe("actormap import mstic: mappings to other vendors", () => {
  test("a CrowdStrike name on several Microsoft actors becomes part-of on each, a one-to-one name same", async () => {
    const out = tempDir({
      "vendors/crowdstrike.yaml": crowdstrikeFile(["LABYRINTH CHOLLIMA", "SCATTERED SPIDER"]),
    });
    const result = await runImport("mstic", join(fixtures, "shape-2025.json"), out);
    expect(result.code).toBe(0);
    const microsoft = readVendor(out, "microsoft");
    for (const id of ["citrine-sleet", "diamond-sleet"]) {
      expect(actor(microsoft, id).mappings).toEqual([
        {
          vendor: "crowdstrike",
          actor: "LABYRINTH CHOLLIMA",
          relation: "part-of",
          source: listUrl,
        },
      ]);
    }
    expect(actor(microsoft, "octo-tempest").mappings).toEqual([
      { vendor: "crowdstrike", actor: "SCATTERED SPIDER", relation: "same", source: listUrl },
    ]);
    expect(result.stdout).not.toContain("CrowdStrike name by pattern");
  });

  test("one name per vendor on an actor is one-to-one, and two names for one target actor give one mapping", async () => {
    const mandiant = crowdstrikeFile(["APT29"])
      .replace(/crowdstrike/g, "google-mandiant")
      .replace("name: CrowdStrike", "name: Google Mandiant")
      .replace("name: APT29", "name: APT29\n    aliases: [UNC2452]");
    const out = tempDir({
      "vendors/crowdstrike.yaml": crowdstrikeFile(["COZY BEAR"]),
      "vendors/google-mandiant.yaml": mandiant,
    });
    const result = await runImport("mstic", join(fixtures, "shape-2023.json"), out);
    expect(result.code).toBe(0);
    expect(actor(readVendor(out, "microsoft"), "midnight-blizzard").mappings).toEqual([
      { vendor: "google-mandiant", actor: "APT29", relation: "same", source: listUrl },
      { vendor: "crowdstrike", actor: "COZY BEAR", relation: "same", source: listUrl },
    ]);
  });

  test("a CrowdStrike name the CrowdStrike file lacks is reported, not mapped", async () => {
    const out = tempDir({ "vendors/crowdstrike.yaml": crowdstrikeFile(["SCATTERED SPIDER"]) });
    const result = await runImport("mstic", join(fixtures, "shape-2025.json"), out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "  CrowdStrike name by pattern, not in vendors/crowdstrike.yaml: 2\n",
    );
    expect(actor(readVendor(out, "microsoft"), "citrine-sleet").mappings).toBeUndefined();
  });

  test("--vendor crowdstrike derives CrowdStrike's file: includes for a name covering several actors, origin and category from the animal", async () => {
    const out = tempDir();
    const result = await runImport(
      "mstic",
      join(fixtures, "shape-2025.json"),
      out,
      "--vendor",
      "crowdstrike",
    );
    expect(result.code).toBe(0);
    expect(existsSync(join(out, "vendors", "microsoft.yaml"))).toBe(false);
    const crowdstrike = readVendor(out, "crowdstrike");
    expect(crowdstrike.vendor).toMatchObject({
      id: "crowdstrike",
      provenance: "curated",
      maintainers: [],
    });
    expect(actor(crowdstrike, "labyrinth-chollima")).toMatchObject({
      name: "LABYRINTH CHOLLIMA",
      origin: "KP",
      category: "nation-state",
      mappings: [
        { vendor: "microsoft", actor: "Citrine Sleet", relation: "includes", source: listUrl },
        { vendor: "microsoft", actor: "Diamond Sleet", relation: "includes", source: listUrl },
      ],
    });
    const spider = actor(crowdstrike, "scattered-spider");
    expect(spider).toMatchObject({ category: "financially-motivated" });
    expect(spider.origin).toBeUndefined();
    expect(spider.mappings).toEqual([
      { vendor: "microsoft", actor: "Octo Tempest", relation: "same", source: listUrl },
    ]);
    expect(result.stdout).toContain("crowdstrike.yaml (new file): 2 added");
  });

  test("--source replaces the list's address in every mapping", async () => {
    const out = tempDir({ "vendors/crowdstrike.yaml": crowdstrikeFile(["SCATTERED SPIDER"]) });
    const source = "https://example.org/mirror/MicrosoftMapping.json";
    const result = await runImport(
      "mstic",
      join(fixtures, "shape-2025.json"),
      out,
      "--source",
      source,
    );
    expect(result.code).toBe(0);
    expect(actor(readVendor(out, "microsoft"), "octo-tempest").mappings?.[0]?.source).toBe(source);
  });
});

describe("actormap import mstic: invalid input", () => {
  test.each([
    [
      "invalid-quotes.json",
      "invalid-quotes.json:6:24: not valid JSON",
      "JSON strings use double quotes",
    ],
    [
      "invalid-trailing-comma.json",
      "invalid-trailing-comma.json:7:1: not valid JSON",
      "a comma before it?",
    ],
  ])(
    "%s fails with exit 1, its line and column, and writes nothing",
    async (file, position, hint) => {
      const out = tempDir();
      const result = await runImport("mstic", join(fixtures, file), out);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(join(fixtures, position));
      expect(result.stderr).toContain(hint);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(out, "vendors"))).toBe(false);
    },
  );

  test("a failed import leaves an existing file byte for byte as it was", async () => {
    const before = crowdstrikeFile(["SCATTERED SPIDER"]);
    const out = tempDir({ "vendors/crowdstrike.yaml": before });
    const result = await runImport(
      "mstic",
      join(fixtures, "invalid-quotes.json"),
      out,
      "--vendor",
      "crowdstrike",
    );
    expect(result.code).toBe(1);
    expect(readVendorText(out, "crowdstrike")).toBe(before);
  });

  test("valid JSON in an unknown shape names the key and its position", async () => {
    const out = tempDir({
      "list.json": '[\n  {"Threat actor name": "X Typhoon", "Country": "China"}\n]\n',
    });
    const result = await runImport("mstic", join(out, "list.json"), out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(out, "list.json")}:2:38: unknown key "Country"`);
  });

  test("an unknown format or a missing file is a usage error (exit 2)", async () => {
    const out = tempDir();
    const unknown = await runImport("stixx", join(fixtures, "shape-2025.json"), out);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "stixx": use mstic');
    const missing = await runImport("mstic", join(out, "nope.json"), out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("not found");
  });
});
