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

test("in the committed data, a CrowdStrike name covering several Microsoft actors is includes/part-of, never same", () => {
  const crowdstrike = vendorFile("crowdstrike");
  const microsoft = vendorFile("microsoft");
  const covering = crowdstrike.actors.filter((a) => (a.mappings ?? []).length > 1);
  expect(covering.map((a) => a.name).sort()).toEqual([
    "EMISSARY PANDA",
    "IMPERIAL KITTEN",
    "INDRIK SPIDER",
    "LABYRINTH CHOLLIMA",
    "VELVET CHOLLIMA",
    "WICKED PANDA",
    "WIZARD SPIDER",
  ]);
  for (const actor of covering) {
    for (const mapping of actor.mappings ?? []) {
      expect(mapping.relation, `${actor.name} → ${mapping.actor}`).toBe("includes");
      const back = microsoft.actors
        .find((a) => a.name === mapping.actor)
        ?.mappings?.find((m) => m.vendor === "crowdstrike" && m.actor === actor.name);
      expect(back?.relation, `${mapping.actor} → ${actor.name}`).toBe("part-of");
    }
  }
  for (const actor of crowdstrike.actors) {
    for (const mapping of actor.mappings ?? []) expect(mapping.source).toMatch(/^https:\/\//);
  }
});
