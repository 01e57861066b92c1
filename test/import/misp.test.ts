import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "../helpers/cli.js";
import {
  actor,
  importFixtures,
  readVendor,
  readVendorText,
  runImport,
  vendorFixtures,
} from "./helpers.js";

const fixtures = importFixtures("misp");
const producers = join(fixtures, "producer.json");
const galaxy = "https://github.com/MISP/misp-galaxy/blob/main/clusters/threat-actor.json";

async function importMisp(out: string, ...extra: string[]) {
  return runImport(
    "misp",
    join(fixtures, "threat-actor.json"),
    out,
    "--producers",
    producers,
    ...extra,
  );
}

describe("actormap import misp", () => {
  test("each producer's attributed names become its actors; Mandiant and Google Cloud Blog names are one actor", async () => {
    const out = tempDir(vendorFixtures("microsoft"));
    const result = await importMisp(out, "--vendor", "google-mandiant,unit42");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const google = readVendor(out, "google-mandiant");
    expect(google.actors.map((a) => a.id)).toEqual(["apt29", "unc2452"]);
    expect(actor(google, "apt29")).toMatchObject({
      name: "APT29",
      aliases: ["ICE RELIC"],
      mappings: [
        { vendor: "unit42", actor: "Cloaked Ursa", relation: "same", source: galaxy },
        { vendor: "microsoft", actor: "Midnight Blizzard", relation: "same", source: galaxy },
      ],
    });
    // A reference on the vendor's own site is kept on its actor.
    expect(actor(readVendor(out, "unit42"), "cloaked-ursa").references).toEqual([
      "https://unit42.paloaltonetworks.com/atoms/cloaked-ursa/",
    ]);
  });

  test("names MISP attributes to no one are reported, not written", async () => {
    const out = tempDir(vendorFixtures("microsoft"));
    const result = await importMisp(out, "--vendor", "google-mandiant");
    expect(result.stdout).toContain("MISP does not say whose name this is: 1");
    expect(result.stdout).toContain("Blue Kitsune (on APT29)");
    const written = readVendorText(out, "google-mandiant");
    expect(written).not.toContain("Blue Kitsune");
  });

  test("a name on two MISP clusters is a conflict: reported, used on neither", async () => {
    const out = tempDir(vendorFixtures("microsoft"));
    const result = await importMisp(out, "--vendor", "google-mandiant");
    expect(result.stdout).toContain("is on two MISP clusters (a conflict: used on neither): 1");
    expect(result.stdout).toContain("NOBELIUM (on APT29 and UNC2452)");
    // UNC2452's only Microsoft name is the shared one, so it gets no Microsoft mapping.
    expect(actor(readVendor(out, "google-mandiant"), "unc2452").mappings).toBeUndefined();
  });

  test("producers without a vendor id are counted in the summary", async () => {
    const out = tempDir();
    const result = await importMisp(out, "--vendor", "unit42");
    expect(result.stdout).toContain(
      "1 names attributed to WithSecure: no vendor id for this producer, not used",
    );
  });

  test("without --producers the import stops with a usage error", async () => {
    const out = tempDir();
    const result = await runImport("misp", join(fixtures, "threat-actor.json"), out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--producers");
  });

  test("a name-attribution without a producer uuid fails at its position and writes nothing", async () => {
    const out = tempDir();
    const file = join(fixtures, "bad-attribution.json");
    const result = await runImport("misp", file, out, "--producers", producers);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:6:30: "APT1 without a producer" is not "name:producer-uuid"`,
    );
    expect(existsSync(join(out, "vendors"))).toBe(false);
  });
});
