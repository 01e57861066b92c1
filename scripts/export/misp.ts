import { parse } from "semver";
import { compareText } from "../core/diagnostic.js";
import type { ExportFile } from "../generated/export-file.js";
import { actorUrl, type ResolvedCluster, resolveClusters } from "./cluster-names.js";
import { repositoryUrl } from "./stix-constants.js";

/** The galaxy and cluster file names and uuids: fixed, so MISP updates them in place. */
export const mispGalaxyType = "actormap";
const galaxyUuid = "efae65ca-58e8-439d-89e6-796e04d188d0";
const clusterFileUuid = "941799a4-e92e-4e15-b91e-233d33bd7235";
const name = "actormap threat actors";
const description =
  "Threat-actor names across vendors: one cluster per intrusion set, with every vendor's name for it as a synonym (actormap).";

/**
 * MISP's relationship types for our partial relations (MISP's own threat-actor galaxy uses
 * `overlaps` and `part-of`); `same` needs none, as same-named actors share one cluster value.
 */
const mispRelation = { overlaps: "overlaps", includes: "includes", "part-of": "part-of" } as const;

/**
 * MISP wants an integer version that grows with each release: major, minor and patch of the
 * dataset version in blocks of three digits (1.4.2 → 1004002; 0.0.0-dev → 0).
 */
export function mispVersion(version: string): number {
  const parsed = parse(version);
  if (!parsed) throw new Error(`not a semantic version: ${version}`);
  return parsed.major * 1_000_000 + parsed.minor * 1_000 + parsed.patch;
}

export interface MispFiles {
  galaxy: Record<string, unknown>;
  clusters: Record<string, unknown>;
}

/** misp/galaxy.json and misp/cluster.json in the formats of MISP's misp-galaxy repository. */
export function buildMisp(
  data: ExportFile,
  clusters: ResolvedCluster[] = resolveClusters(data),
): MispFiles {
  const version = mispVersion(data.version);
  return {
    galaxy: {
      name,
      namespace: "actormap",
      description,
      type: mispGalaxyType,
      uuid: galaxyUuid,
      version,
      icon: "user-secret",
    },
    clusters: {
      name,
      description,
      type: mispGalaxyType,
      uuid: clusterFileUuid,
      version,
      category: "actor",
      source: repositoryUrl,
      authors: [...data.vendors.map((v) => v.name)].sort(compareText),
      values: clusters.map(clusterValue),
    },
  };
}

function clusterValue({
  cluster,
  members,
  otherNames,
  namesByVendor,
}: ResolvedCluster): Record<string, unknown> {
  const synonyms = otherNames;
  const origins = new Set(members.flatMap((a) => a.origin ?? []));
  const refs = new Set(members.flatMap((a) => [actorUrl(a) ?? [], a.references].flat()));
  const meta: Record<string, unknown> = {};
  if (synonyms.length > 0) meta.synonyms = synonyms;
  // MISP's country is one value: only set when the vendors agree.
  if (origins.size === 1) meta.country = [...origins][0];
  if (refs.size > 0) meta.refs = [...refs].sort(compareText);
  const related = cluster.relations.map((r) => ({
    "dest-uuid": r.cluster,
    type: mispRelation[r.relation],
  }));
  return {
    value: cluster.label,
    uuid: cluster.uuid,
    description: namesByVendor,
    meta: Object.keys(meta).length === 0 ? undefined : meta,
    related: related.length === 0 ? undefined : related,
  };
}
