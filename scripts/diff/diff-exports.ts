import type { ChangesFile, Counts } from "../generated/changes-file.js";
import type { ExportFile } from "../generated/export-file.js";
import { assessBump } from "./bump-policy.js";
import { compareActors } from "./compare-actors.js";
import { compareClusters } from "./compare-clusters.js";
import { compareMappings } from "./compare-mappings.js";
import { compareRedirects } from "./compare-redirects.js";
import { compareVendors } from "./compare-vendors.js";

export type Changes = ChangesFile;

/**
 * What changed from one export to the next, compared by uuid (vendors by id, mappings by the
 * uuids of their two actors), and the bump the versioning policy implies. Pure: the dataset
 * `version` field and cluster timestamps are not compared.
 */
export function diffExports(before: ExportFile, after: ExportFile): Changes {
  const found = {
    from: { version: before.version, schema_version: before.schema_version },
    to: { version: after.version, schema_version: after.schema_version },
    vendors: compareVendors(before, after),
    actors: compareActors(before, after),
    mappings: compareMappings(before, after),
    clusters: compareClusters(before, after),
    redirects: compareRedirects(before, after),
  };
  const { bump, reasons } = assessBump(found);
  return { schema_version: "1.0.0", ...found, bump, reasons, counts: countChanges(found) };
}

function countChanges(
  found: Pick<Changes, "vendors" | "actors" | "mappings" | "clusters" | "redirects">,
): Counts {
  const counts: Record<string, number> = {};
  for (const group of ["vendors", "actors", "mappings", "clusters", "redirects"] as const) {
    for (const [list, items] of Object.entries(found[group]))
      counts[`${group}_${list}`] = items.length;
  }
  return counts as unknown as Counts;
}

/** The dataset before the first release: nothing in it. */
export function emptyExport(schemaVersion: ExportFile["schema_version"]): ExportFile {
  return {
    schema_version: schemaVersion,
    version: "0.0.0",
    vendors: [],
    actors: [],
    mappings: [],
    clusters: [],
    redirects: [],
  };
}

export function hasChanges(changes: Changes): boolean {
  return changes.bump !== "none";
}
