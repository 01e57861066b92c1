import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { actor, importFixtures, readVendor, runImport, vendorFixtures } from "./helpers.js";

const fixtures = importFixtures("csv");
const source = "https://example.org/crosswalk.csv";
const withVendors = () => tempDir(vendorFixtures("microsoft", "crowdstrike"));

const map = "Microsoft=microsoft,CrowdStrike=crowdstrike,Mandiant=google-mandiant";
const crosswalk = join(fixtures, "crosswalk.csv");
/** crosswalk.csv read for Google Mandiant, its column headers mapped to vendor ids. */
const crosswalkForMandiant = ["--map", map, "--vendor", "google-mandiant", "--source", source];

describe("actormap import csv", () => {
  test("a cell with three names is one actor of that vendor, mapped to the row's other names", async () => {
    const out = withVendors();
    const result = await runImport("csv", crosswalk, out, ...crosswalkForMandiant);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(actor(readVendor(out, "google-mandiant"), "unc2452")).toMatchObject({
      name: "UNC2452",
      aliases: ["APT29", "ICE RELIC"],
      mappings: [
        { vendor: "microsoft", actor: "Midnight Blizzard", relation: "same", source },
        { vendor: "crowdstrike", actor: "COZY BEAR", relation: "same", source },
      ],
    });
  });

  test("a name in several rows is one-to-many: it includes each, never several same claims", async () => {
    const out = withVendors();
    await runImport("csv", crosswalk, out, ...crosswalkForMandiant);
    expect(actor(readVendor(out, "google-mandiant"), "apt27").mappings).toEqual([
      { vendor: "microsoft", actor: "Circle Typhoon", relation: "includes", source },
      { vendor: "microsoft", actor: "Linen Typhoon", relation: "includes", source },
    ]);
  });

  test("a short (ragged) row is read with empty cells and noted with its line; unmapped columns are noted", async () => {
    const out = withVendors();
    const result = await runImport("csv", crosswalk, out, ...crosswalkForMandiant);
    expect(result.stdout).toContain(
      `${crosswalk}:4: 3 cells where the header has 4; the missing cells are read as empty`,
    );
    expect(result.stdout).toContain("columns not read (no vendor): Notes");
  });

  test("a byte order mark and CRLF line ends are read; headers that are vendor ids need no --map", async () => {
    const out = withVendors();
    const result = await runImport(
      "csv",
      join(fixtures, "bom-crlf.csv"),
      out,
      "--vendor",
      "crowdstrike",
      "--source",
      source,
    );
    expect(result.stderr).toBe("");
    expect(actor(readVendor(out, "crowdstrike"), "cozy-bear").mappings).toEqual([
      { vendor: "microsoft", actor: "Midnight Blizzard", relation: "same", source },
    ]);
  });

  test("a row with more cells than the header fails with its line and writes nothing", async () => {
    const out = tempDir();
    const file = join(fixtures, "too-many-cells.csv");
    const result = await runImport(
      "csv",
      file,
      out,
      "--map",
      "Microsoft=microsoft",
      "--source",
      source,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2:1: this row has 3 cells but the header has 2`);
    expect(existsSync(join(out, "vendors"))).toBe(false);
  });

  test("a file without a header of vendor ids fails at line 1", async () => {
    const out = tempDir();
    const file = join(fixtures, "no-header.csv");
    const result = await runImport("csv", file, out, "--source", source);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:1:1: no column names a vendor`);
  });

  test("a source column citing GitHub files gives each row's mappings its own address", async () => {
    const out = withVendors();
    const dir = tempDir({
      "map.csv":
        "microsoft,crowdstrike,source\n" +
        "Midnight Blizzard,COZY BEAR,microsoft/mstic:PublicFeeds/ThreatActorNaming/MicrosoftMapping.json@4ee779d(2026-07-17)\n",
    });
    await runImport(
      "csv",
      join(dir, "map.csv"),
      out,
      "--vendor",
      "crowdstrike",
      "--source-column",
      "source",
    );
    expect(actor(readVendor(out, "crowdstrike"), "cozy-bear").mappings?.[0]?.source).toBe(
      "https://github.com/microsoft/mstic/blob/4ee779d/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json",
    );
  });

  test("without --source or --source-column the import stops with a usage error", async () => {
    const result = await runImport("csv", join(fixtures, "bom-crlf.csv"), tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--source");
  });

  test("a same claim that would join two actors of one vendor is written as overlaps, and the summary says so", async () => {
    // CrowdStrike's file already says COZY BEAR is Midnight Blizzard; a row putting COZY BEAR on
    // Circle Typhoon cannot also be `same`.
    const fixtureVendors = vendorFixtures("microsoft", "crowdstrike");
    const out = tempDir({
      ...fixtureVendors,
      "vendors/crowdstrike.yaml": (fixtureVendors["vendors/crowdstrike.yaml"] as string).replace(
        "    status: active\n",
        `    status: active\n    mappings:\n      - vendor: microsoft\n        actor: Midnight Blizzard\n        source: ${source}\n`,
      ),
      "rows.csv": "microsoft,crowdstrike\nCircle Typhoon,COZY BEAR\n",
    });
    const result = await runImport(
      "csv",
      join(out, "rows.csv"),
      out,
      "--vendor",
      "microsoft",
      "--source",
      source,
    );
    expect(result.code).toBe(0);
    expect(actor(readVendor(out, "microsoft"), "circle-typhoon").mappings).toEqual([
      { vendor: "crowdstrike", actor: "COZY BEAR", relation: "overlaps", source },
    ]);
    expect(result.stdout).toContain(
      "microsoft/circle-typhoon same crowdstrike/cozy-bear would put microsoft/circle-typhoon and microsoft/midnight-blizzard in one group: written as overlaps",
    );
  });
});
