import { UserError } from "../cli/command.js";
import { compareText } from "../core/diagnostic.js";
import type {
  Actor,
  Cluster,
  ClusterRelation,
  ExportFile,
  Mapping,
  MappingSource,
  Vendor,
} from "../generated/export-file.js";
import type { VendorFile } from "../generated/vendor-file.js";
import type { RegistryCluster, RegistryFile } from "../load/types.js";
import { reverseRelation } from "../model/relation.js";
import type { Edge, Model, ModelActor, Relation } from "../model/types.js";
import { clusterLabels } from "./cluster-label.js";

export const exportSchemaVersion = "1.0.0";

/**
 * The published shape of the merged model (schema/export.schema.json). Pure: every id and date
 * comes from the data and the registry, so the same input always gives the same export.
 */
export function buildExport(model: Model, registry: RegistryFile, version: string): ExportFile {
  const byMembers = new Map(registry.clusters.map((c) => [membersKey(c.members), c]));
  const clusterIds = model.clusters.map((cluster) => {
    const found = byMembers.get(membersKey(cluster.members));
    if (!found) throw stale(`no cluster with members ${cluster.members.join(", ")}`);
    return found;
  });
  const clusterUuidOf = (key: string) => {
    const index = model.clusterOf.get(key);
    const cluster = index === undefined ? undefined : clusterIds[index];
    if (!cluster) throw new Error(`actor ${key} has no cluster`);
    return cluster.uuid;
  };
  const relations = clusterRelations(model, clusterUuidOf);
  const labels = clusterLabels(
    model.clusters.map((cluster) => cluster.members.map((key) => actorOf(model, key))),
  );
  return {
    schema_version: exportSchemaVersion,
    version,
    vendors: [...model.vendors.values()]
      .map((file) => exportVendor(file.data.vendor, registry))
      .sort((x, y) => compareText(x.id, y.id)),
    actors: [...model.actors.values()]
      .map((actor) => exportActor(actor, clusterUuidOf(actor.key)))
      .sort((x, y) => compareText(x.key, y.key)),
    mappings: model.edges.map(exportMapping),
    clusters: model.clusters
      .map((cluster, index): Cluster => {
        const entry = clusterIds[index] as RegistryCluster;
        return {
          uuid: entry.uuid,
          label: labels[index] as string,
          members: nonEmpty([...cluster.members].sort(compareText)),
          relations: relations.get(entry.uuid) ?? [],
          created: entry.created,
          modified: entry.modified,
        };
      })
      .sort((x, y) => compareText(x.uuid, y.uuid)),
    redirects: registry.redirects
      .map(({ from, to }) => ({ from, to }))
      .sort((x, y) => compareText(x.from, y.from) || compareText(x.to, y.to)),
  };
}

function stale(what: string): UserError {
  return new UserError(`data/clusters.yaml is stale (${what}): run \`actormap fix\``);
}

/** The schema's `minItems: 1` lists: the model never builds them empty. */
function nonEmpty<T>(items: T[]): [T, ...T[]] {
  if (items.length === 0) throw new Error("expected a non-empty list");
  return items as [T, ...T[]];
}

function membersKey(members: readonly string[]): string {
  return [...members].sort(compareText).join("\n");
}

function actorOf(model: Model, key: string): ModelActor {
  const actor = model.actors.get(key);
  if (!actor) throw new Error(`unknown actor ${key}`);
  return actor;
}

function exportVendor(vendor: VendorFile["vendor"], registry: RegistryFile): Vendor {
  const identity = registry.identities[vendor.id];
  if (!identity) throw stale(`no identity for vendor ${vendor.id}`);
  return {
    id: vendor.id,
    name: vendor.name,
    url: vendor.url,
    provenance: vendor.provenance,
    naming: vendor.naming,
    identity,
  };
}

function exportActor(actor: ModelActor, cluster: string): Actor {
  const { data } = actor;
  if (!data.uuid) throw new UserError(`${actor.key} has no uuid: run \`actormap fix\``);
  return {
    key: actor.key,
    uuid: data.uuid,
    vendor: actor.vendor,
    id: data.id,
    name: data.name,
    aliases: data.aliases ?? [],
    origin: data.origin,
    category: data.category,
    status: data.status,
    merged_into: data.merged_into === undefined ? undefined : `${actor.vendor}/${data.merged_into}`,
    first_seen: data.first_seen,
    references: data.references ?? [],
    cluster,
  };
}

function exportMapping(edge: Edge): Mapping {
  const sources = new Map<string, MappingSource>();
  for (const claim of edge.claims) {
    const source: MappingSource = {
      vendor: claim.from.slice(0, claim.from.indexOf("/")),
      url: claim.source,
      since: claim.since,
    };
    sources.set(`${source.vendor}\n${source.url}\n${source.since ?? ""}`, source);
  }
  return {
    from: edge.a,
    to: edge.b,
    relation: edge.relation,
    status: edge.status,
    sources: nonEmpty(
      [...sources.entries()].sort(([x], [y]) => compareText(x, y)).map(([, s]) => s),
    ),
  };
}

/** Cluster uuid → its partial relations, each read from that cluster to the other one. */
function clusterRelations(
  model: Model,
  clusterUuidOf: (key: string) => string,
): Map<string, ClusterRelation[]> {
  const found = new Map<string, Map<string, ClusterRelation>>();
  const add = (from: string, relation: Relation, to: string) => {
    if (relation === "same" || from === to) return;
    const relations = found.get(from) ?? new Map<string, ClusterRelation>();
    found.set(from, relations);
    relations.set(`${to}\n${relation}`, { relation, cluster: to });
  };
  for (const edge of model.edges) {
    const [a, b] = [clusterUuidOf(edge.a), clusterUuidOf(edge.b)];
    add(a, edge.relation, b);
    add(b, reverseRelation(edge.relation), a);
  }
  const sorted = new Map<string, ClusterRelation[]>();
  for (const [uuid, relations] of found) {
    sorted.set(
      uuid,
      [...relations.entries()].sort(([x], [y]) => compareText(x, y)).map(([, r]) => r),
    );
  }
  return sorted;
}
