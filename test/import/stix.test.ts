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

const fixtures = importFixtures("stix");
const attackGroups = join(fixtures, "attack-groups.json");

describe("actormap import stix: MITRE ATT&CK groups", () => {
  test("G-ids become actor ids; other vendors' names with a file become mappings to the group's ATT&CK page", async () => {
    const out = tempDir(vendorFixtures("microsoft", "crowdstrike"));
    const result = await runImport("stix", attackGroups, out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const attack = readVendor(out, "mitre-attack");
    expect(attack.vendor).toMatchObject({
      id: "mitre-attack",
      provenance: "curated",
      maintainers: [],
    });
    const apt29 = actor(attack, "g0016");
    expect(apt29.name).toBe("APT29");
    expect(apt29.aliases).toEqual(["The Dukes"]);
    expect(apt29.references).toEqual(["https://attack.mitre.org/groups/G0016"]);
    expect(apt29.mappings).toEqual([
      {
        vendor: "microsoft",
        actor: "Midnight Blizzard",
        relation: "same",
        source: "https://attack.mitre.org/groups/G0016",
      },
      {
        vendor: "crowdstrike",
        actor: "COZY BEAR",
        relation: "same",
        source: "https://attack.mitre.org/groups/G0016",
      },
    ]);
  });

  test("without the other vendors' files, their names stay ATT&CK's aliases", async () => {
    const out = tempDir();
    await runImport("stix", attackGroups, out);
    const apt29 = actor(readVendor(out, "mitre-attack"), "g0016");
    expect(apt29.aliases).toEqual(["Midnight Blizzard", "NOBELIUM", "Cozy Bear", "The Dukes"]);
    expect(apt29.mappings).toBeUndefined();
  });

  test("a revoked group is merged into the group its revoked-by relationship names", async () => {
    const out = tempDir();
    await runImport("stix", attackGroups, out);
    expect(actor(readVendor(out, "mitre-attack"), "g0118")).toMatchObject({
      name: "UNC2452",
      status: "merged",
      merged_into: "g0016",
    });
  });

  test("a revoked group without revoked-by is retired, and the summary says so", async () => {
    const out = tempDir();
    const result = await runImport("stix", attackGroups, out);
    expect(actor(readVendor(out, "mitre-attack"), "g0058").status).toBe("retired");
    expect(result.stdout).toContain(
      "G0058 Charming Kitten is revoked and the bundle does not say by what: marked retired",
    );
  });

  test("a deprecated group is retired", async () => {
    const out = tempDir();
    await runImport("stix", attackGroups, out);
    expect(actor(readVendor(out, "mitre-attack"), "g0014")).toMatchObject({
      name: "Night Dragon",
      status: "retired",
    });
  });

  test("a name two groups list stays with the active group and is reported on the other", async () => {
    const out = tempDir();
    const result = await runImport("stix", attackGroups, out);
    const attack = readVendor(out, "mitre-attack");
    expect(actor(attack, "g0016").aliases).toContain("NOBELIUM");
    expect(actor(attack, "g0118").aliases).toEqual(["Dark Halo"]);
    expect(result.stdout).toContain("NOBELIUM (on G0118 UNC2452)");
  });

  test("the import summary counts actors, and a second run changes nothing", async () => {
    const out = tempDir();
    const first = await runImport("stix", attackGroups, out);
    expect(first.stdout).toContain("mitre-attack.yaml (new file): 4 added, 0 updated, 0 unchanged");
    const before = readVendorText(out, "mitre-attack");
    const second = await runImport("stix", attackGroups, out);
    expect(second.stdout).toContain("0 added, 0 updated, 4 unchanged");
    expect(readVendorText(out, "mitre-attack")).toBe(before);
  });
});

describe("actormap import stix: other bundles", () => {
  test("a STIX 2.1 bundle is read for the vendor named with --vendor", async () => {
    const out = tempDir(vendorFixtures("crowdstrike"));
    const result = await runImport(
      "stix",
      join(fixtures, "bundle-2.1.json"),
      out,
      "--vendor",
      "unit42",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const ursa = actor(readVendor(out, "unit42"), "cloaked-ursa");
    expect(ursa.aliases).toEqual(["Nobelium Cluster"]);
    expect(ursa.mappings).toEqual([
      {
        vendor: "crowdstrike",
        actor: "COZY BEAR",
        relation: "same",
        source: "https://unit42.paloaltonetworks.com/atoms/cloaked-ursa/",
      },
    ]);
  });

  test("a bundle that is not ATT&CK's needs --vendor", async () => {
    const out = tempDir();
    const result = await runImport("stix", join(fixtures, "bundle-2.1.json"), out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--vendor");
  });

  test("an intrusion-set without a name fails at its position and writes nothing", async () => {
    const out = tempDir();
    const file = join(fixtures, "no-name.json");
    const result = await runImport("stix", file, out, "--vendor", "unit42");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:5:5: an intrusion-set needs a non-empty "name" string`,
    );
    expect(existsSync(join(out, "vendors"))).toBe(false);
  });
});
