import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { actor, importFixtures, readVendor, readVendorText, runImport } from "./helpers.js";

const list = join(importFixtures("mstic"), "shape-2023.json");
const listUrl =
  "https://github.com/microsoft/mstic/blob/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json";

/** A Google/Mandiant file where UNC2452 is its own actor, merged into APT29 (as Mandiant did in 2022). */
const mandiant = `vendor:
  id: google-mandiant
  name: Google Mandiant
  url: https://cloud.google.com/security/mandiant
  provenance: curated
actors:
  - id: apt29
    name: APT29
    category: unknown
    status: active
  - id: unc2452
    name: UNC2452
    category: unknown
    status: merged
    merged_into: apt29
`;

test("a name of a merged actor stands for its successor: UNC2452 and APT29 on Midnight Blizzard give one same mapping to APT29", async () => {
  const out = tempDir({ "vendors/google-mandiant.yaml": mandiant });
  const result = await runImport("mstic", list, out);
  expect(result.code).toBe(0);
  expect(actor(readVendor(out, "microsoft"), "midnight-blizzard").mappings).toEqual([
    { vendor: "google-mandiant", actor: "APT29", relation: "same", source: listUrl },
  ]);
});

test("a curated partial relation in microsoft.yaml survives a re-import that reads the list's link as one-to-one", async () => {
  const apt29Only = mandiant.slice(0, mandiant.indexOf("  - id: unc2452"));
  const out = tempDir({ "vendors/google-mandiant.yaml": apt29Only });
  expect((await runImport("mstic", list, out)).code).toBe(0);
  const file = join(out, "vendors", "microsoft.yaml");
  const curated = readVendorText(out, "microsoft").replace(
    "        relation: same\n",
    "        # Curated: covers APT29 rather than being it.\n        relation: includes\n",
  );
  expect(curated).toContain("relation: includes");
  writeFileSync(file, curated);
  const again = await runImport("mstic", list, out);
  expect(again.code).toBe(0);
  expect(readVendorText(out, "microsoft")).toBe(curated);
});
