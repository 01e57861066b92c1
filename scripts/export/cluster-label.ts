import { compareText } from "../core/diagnostic.js";
import { nameKey } from "../core/normalize.js";
import type { ModelActor } from "../model/types.js";

/**
 * Vendors whose name labels a cluster first, in this order: the joint Microsoft–CrowdStrike
 * mapping made Microsoft's names the common reference. Other vendors follow by id.
 */
export const labelVendorOrder = [
  "microsoft",
  "crowdstrike",
  "google-mandiant",
  "unit42",
  "mitre-attack",
];

const statusRank = { active: 0, retired: 1, merged: 2 } as const;

function vendorRank(vendor: string): number {
  const index = labelVendorOrder.indexOf(vendor);
  return index === -1 ? labelVendorOrder.length : index;
}

/**
 * The member whose name labels a cluster: members ordered by status (active, retired, merged),
 * then by the vendor order above (other vendors after it, by id), then by name.
 */
export function labelActor(members: readonly ModelActor[]): ModelActor {
  const [first] = [...members].sort(
    (x, y) =>
      statusRank[x.data.status] - statusRank[y.data.status] ||
      vendorRank(x.vendor) - vendorRank(y.vendor) ||
      compareText(x.vendor, y.vendor) ||
      compareText(x.data.name, y.data.name),
  );
  if (!first) throw new Error("a cluster has no members");
  return first;
}

/**
 * Display names of clusters (docs/exports.md, "Cluster labels"): the label actor's name, or
 * `name (vendor/id)` for every cluster whose name would equal another cluster's (by name key),
 * so a label names one cluster (MISP and spreadsheets key on it).
 */
export function clusterLabels(clusters: readonly (readonly ModelActor[])[]): string[] {
  const chosen = clusters.map(labelActor);
  const uses = new Map<string, number>();
  for (const actor of chosen) {
    const key = nameKey(actor.data.name);
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return chosen.map((actor) =>
    (uses.get(nameKey(actor.data.name)) ?? 0) > 1
      ? `${actor.data.name} (${actor.key})`
      : actor.data.name,
  );
}
