// The npm package's public API: `import { lookup, dataset, clusters } from "threat-actor-map"`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../core/paths.js";
import type { ExportFile } from "../generated/export-file.js";
import { type ActorMatch, type ClusterView, createIndex } from "./create-index.js";

export type {
  Actor,
  Cluster,
  ClusterRelation,
  ExportFile,
  Mapping,
  MappingSource,
  PartialRelation,
  Redirect,
  Vendor,
} from "../generated/export-file.js";
export type {
  ActorIndex,
  ActorMatch,
  ClusterView,
  MatchKind,
  NameEntry,
  RelationView,
} from "./create-index.js";
export { createIndex };

/** Where the package keeps the dataset it was published with. */
export const datasetPath = join(packageRoot, "dist", "actormap.json");

function readDataset(): ExportFile {
  let text: string;
  try {
    text = readFileSync(datasetPath, "utf8");
  } catch {
    throw new Error(
      `threat-actor-map: ${datasetPath} is missing; in a checkout, run \`npx actormap build\` first`,
    );
  }
  return JSON.parse(text) as ExportFile;
}

/** The parsed actormap.json this package version ships (see schema/export.schema.json). */
export const dataset: ExportFile = readDataset();

const index = createIndex(dataset);

/** Every cluster with its members, mappings and partial relations resolved, sorted by label. */
export const clusters: readonly ClusterView[] = index.clusters;

/**
 * The actor(s) a name, alias or id of any vendor names ("Cozy Bear", "APT29", "g0016"),
 * compared the way the dataset compares names (case, spaces and punctuation ignored); also
 * accepts actor keys, actor uuids and cluster uuids. Each match carries its cluster: every
 * vendor's names and the partial relations, with sources. Empty when nothing matches.
 */
export function lookup(name: string): ActorMatch[] {
  return index.lookup(name);
}

/** Known names closest to `name`, for "did you mean" when `lookup` finds nothing. */
export function nearest(name: string, limit?: number): string[] {
  return index.nearest(name, limit);
}

/** A cluster by uuid, following redirects from merged clusters. */
export function cluster(uuid: string): ClusterView | undefined {
  return index.cluster(uuid);
}
