import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { packageRoot } from "../../scripts/core/paths.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { runCli, tempDir } from "../helpers/cli.js";

const fixtures = join(packageRoot, "test", "fixtures", "import", "csv");
const vendors = join(packageRoot, "test", "fixtures", "import", "stix", "vendors");
const source = "https://example.org/crosswalk.csv";
const withVendors = () =>
  tempDir({
    "vendors/microsoft.yaml": readFileSync(join(vendors, "microsoft.yaml"), "utf8"),
    "vendors/crowdstrike.yaml": readFileSync(join(vendors, "crowdstrike.yaml"), "utf8"),
  });

function readVendor(dir: string, vendor: string): VendorFile {
  return parse(readFileSync(join(dir, "vendors", `${vendor}.yaml`), "utf8")) as VendorFile;
}

function actor(file: VendorFile, id: string) {
  const found = file.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id} in ${file.vendor.id}`);
  return found;
}

const map = "Microsoft=microsoft,CrowdStrike=crowdstrike,Mandiant=google-mandiant";

describe("actormap import csv", () => {
  test("a cell with three names is one actor of that vendor, mapped to the row's other names", async () => {
    const out = withVendors();
    const result = await runCli([
      "import",
      "csv",
      join(fixtures, "crosswalk.csv"),
      "--map",
      map,
      "--vendor",
      "google-mandiant",
      "--source",
      source,
      "--out",
      out,
    ]);
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
    await runCli([
      "import",
      "csv",
      join(fixtures, "crosswalk.csv"),
      "--map",
      map,
      "--vendor",
      "google-mandiant",
      "--source",
      source,
      "--out",
      out,
    ]);
    expect(actor(readVendor(out, "google-mandiant"), "apt27").mappings).toEqual([
      { vendor: "microsoft", actor: "Circle Typhoon", relation: "includes", source },
      { vendor: "microsoft", actor: "Linen Typhoon", relation: "includes", source },
    ]);
  });

  test("a short (ragged) row is read with empty cells and noted with its line; unmapped columns are noted", async () => {
    const out = withVendors();
    const file = join(fixtures, "crosswalk.csv");
    const result = await runCli([
      "import",
      "csv",
      file,
      "--map",
      map,
      "--vendor",
      "google-mandiant",
      "--source",
      source,
      "--out",
      out,
    ]);
    expect(result.stdout).toContain(
      `${file}:4: 3 cells where the header has 4; the missing cells are read as empty`,
    );
    expect(result.stdout).toContain("columns not read (no vendor): Notes");
  });

  test("a byte order mark and CRLF line ends are read; headers that are vendor ids need no --map", async () => {
    const out = withVendors();
    const result = await runCli([
      "import",
      "csv",
      join(fixtures, "bom-crlf.csv"),
      "--vendor",
      "crowdstrike",
      "--source",
      source,
      "--out",
      out,
    ]);
    expect(result.stderr).toBe("");
    expect(actor(readVendor(out, "crowdstrike"), "cozy-bear").mappings).toEqual([
      { vendor: "microsoft", actor: "Midnight Blizzard", relation: "same", source },
    ]);
  });

  test("a row with more cells than the header fails with its line and writes nothing", async () => {
    const out = tempDir();
    const file = join(fixtures, "too-many-cells.csv");
    const result = await runCli([
      "import",
      "csv",
      file,
      "--map",
      "Microsoft=microsoft",
      "--source",
      source,
      "--out",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2:1: this row has 3 cells but the header has 2`);
    expect(existsSync(join(out, "vendors"))).toBe(false);
  });

  test("a file without a header of vendor ids fails at line 1", async () => {
    const out = tempDir();
    const file = join(fixtures, "no-header.csv");
    const result = await runCli(["import", "csv", file, "--source", source, "--out", out]);
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
    await runCli([
      "import",
      "csv",
      join(dir, "map.csv"),
      "--vendor",
      "crowdstrike",
      "--source-column",
      "source",
      "--out",
      out,
    ]);
    expect(actor(readVendor(out, "crowdstrike"), "cozy-bear").mappings?.[0]?.source).toBe(
      "https://github.com/microsoft/mstic/blob/4ee779d/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json",
    );
  });

  test("without --source or --source-column the import stops with a usage error", async () => {
    const result = await runCli([
      "import",
      "csv",
      join(fixtures, "bom-crlf.csv"),
      "--out",
      tempDir(),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--source");
  });

  test("a same claim that would join two actors of one vendor is written as overlaps, and the summary says so", async () => {
    // CrowdStrike's file already says COZY BEAR is Midnight Blizzard; a row putting COZY BEAR on
    // Circle Typhoon cannot also be `same`.
    const out = tempDir({
      "vendors/microsoft.yaml": readFileSync(join(vendors, "microsoft.yaml"), "utf8"),
      "vendors/crowdstrike.yaml": readFileSync(join(vendors, "crowdstrike.yaml"), "utf8").replace(
        "    status: active\n",
        `    status: active\n    mappings:\n      - vendor: microsoft\n        actor: Midnight Blizzard\n        source: ${source}\n`,
      ),
      "rows.csv": "microsoft,crowdstrike\nCircle Typhoon,COZY BEAR\n",
    });
    const result = await runCli([
      "import",
      "csv",
      join(out, "rows.csv"),
      "--vendor",
      "microsoft",
      "--source",
      source,
      "--out",
      out,
    ]);
    expect(result.code).toBe(0);
    expect(actor(readVendor(out, "microsoft"), "circle-typhoon").mappings).toEqual([
      { vendor: "crowdstrike", actor: "COZY BEAR", relation: "overlaps", source },
    ]);
    expect(result.stdout).toContain(
      "microsoft/circle-typhoon same crowdstrike/cozy-bear would put microsoft/circle-typhoon and microsoft/midnight-blizzard in one group: written as overlaps",
    );
  });
});
