import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { packageRoot } from "../../scripts/core/paths.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";

function vendorFile(id: string): VendorFile {
  return parse(
    readFileSync(join(packageRoot, "data", "vendors", `${id}.yaml`), "utf8"),
  ) as VendorFile;
}

/** The relation `from`'s file states to `vendor`'s actor named `name`, if any. */
function relation(file: VendorFile, from: string, vendor: string, name: string) {
  const mapping = file.actors
    .find((a) => a.id === from)
    ?.mappings?.find((m) => m.vendor === vendor && m.actor === name);
  return mapping && (mapping.relation ?? "same");
}

// Where Microsoft's list and the Google/Mandiant file disagreed (docs/disagreements.md), both
// files now state one relation, read from each side.
test.each([
  ["brass-typhoon", "APT41", "apt41", "Brass Typhoon", "part-of", "includes"],
  ["canary-typhoon", "APT24", "apt24", "Canary Typhoon", "includes", "part-of"],
  ["midnight-blizzard", "APT29", "apt29", "Midnight Blizzard", "same", "same"],
  ["opal-sleet", "APT43", "apt43", "Opal Sleet", "same", "same"],
  ["raspberry-typhoon", "APT30", "apt30", "Raspberry Typhoon", "includes", "part-of"],
])(
  "in the committed data, microsoft/%s → %s and back agree",
  (ms, gName, gId, msName, there, back) => {
    expect(relation(vendorFile("microsoft"), ms, "google-mandiant", gName)).toBe(there);
    expect(relation(vendorFile("google-mandiant"), gId, "microsoft", msName)).toBe(back);
  },
);

test("in the committed data, Midnight Blizzard maps to APT29, not to UNC2452 (merged into APT29)", () => {
  const midnight = vendorFile("microsoft").actors.find((a) => a.id === "midnight-blizzard");
  const mandiant = (midnight?.mappings ?? []).filter((m) => m.vendor === "google-mandiant");
  expect(mandiant.map((m) => m.actor)).toEqual(["APT29"]);
  const unc2452 = vendorFile("google-mandiant").actors.find((a) => a.id === "unc2452");
  expect(unc2452).toMatchObject({ status: "merged", merged_into: "apt29" });
});
