import { v4 } from "uuid";
import { compareText } from "../core/diagnostic.js";
import type { RegistryCluster, RegistryFile, RegistryRelationship } from "../load/types.js";
import { clusterHash, partialEdgesByActor } from "./cluster-hash.js";
import { assignClusterIds } from "./cluster-ids.js";
import {
  type ClusterRelation,
  canonicalRelation,
  clusterRelations,
  relationKey,
} from "./cluster-relations.js";
import type { Model } from "./types.js";

/**
 * The cluster registry for `model`, carried forward from `previous` (DESIGN.md, "Merged model"):
 * clusters keep their uuid through merges (the oldest survives, the others become redirects) and
 * splits (the largest part keeps it); uuids are never handed out twice. `now` dates only what is
 * new or changed, so an unchanged model gives back `previous` unchanged. `newUuid` is for tests.
 */
export function updateRegistry(
  model: Model,
  previous: RegistryFile | undefined,
  now: string,
  newUuid: () => string = v4,
): RegistryFile {
  const stamp = new Date(now).toISOString();
  const fresh = uuidSource(model, previous, newUuid);

  const { inherited, redirects: absorbed } = assignClusterIds(
    model.clusters,
    previous?.clusters ?? [],
  );
  const partialEdges = partialEdgesByActor(model);
  const clusters: RegistryCluster[] = model.clusters.map((cluster, index) => {
    const hash = clusterHash(model, cluster, partialEdges);
    const before = inherited[index];
    if (!before) {
      return { uuid: fresh(), members: cluster.members, created: stamp, modified: stamp, hash };
    }
    const modified = before.hash === hash ? before.modified : stamp;
    return { uuid: before.uuid, members: cluster.members, created: before.created, modified, hash };
  });
  const live = new Set(clusters.map((cluster) => cluster.uuid));
  const redirects = resolveRedirects([...(previous?.redirects ?? []), ...toList(absorbed)], live);
  const follow = (uuid: string) => redirects.get(uuid) ?? uuid;

  return {
    clusters,
    redirects: toList(redirects),
    identities: vendorIdentities(model, previous, fresh),
    relationships: carryRelationships(
      clusterRelations(
        model,
        clusters.map((cluster) => cluster.uuid),
      ),
      previous?.relationships ?? [],
      follow,
      stamp,
      fresh,
    ),
  };
}

/**
 * New uuids that collide with none already given out: clusters, redirects, identities,
 * relationships, actors. The set of those is built on the first call: an unchanged model needs none.
 */
function uuidSource(
  model: Model,
  previous: RegistryFile | undefined,
  newUuid: () => string,
): () => string {
  let used: Set<string> | undefined;
  return () => {
    used ??= usedUuids(model, previous);
    let uuid = newUuid();
    while (used.has(uuid)) uuid = newUuid();
    used.add(uuid);
    return uuid;
  };
}

function usedUuids(model: Model, previous: RegistryFile | undefined): Set<string> {
  const used = new Set<string>();
  for (const cluster of previous?.clusters ?? []) used.add(cluster.uuid);
  for (const redirect of previous?.redirects ?? []) used.add(redirect.from).add(redirect.to);
  for (const uuid of Object.values(previous?.identities ?? {})) used.add(uuid);
  for (const relationship of previous?.relationships ?? []) used.add(relationship.uuid);
  for (const actor of model.actors.values()) if (actor.data.uuid) used.add(actor.data.uuid);
  return used;
}

/**
 * Every redirect pointed at the cluster that finally holds its members; redirects whose chain
 * ends at no current cluster (all its actors were removed) are dropped.
 */
function resolveRedirects(
  redirects: { from: string; to: string }[],
  live: Set<string>,
): Map<string, string> {
  const next = new Map<string, string>();
  for (const { from, to } of redirects) if (!live.has(from)) next.set(from, to);
  const resolved = new Map<string, string>();
  for (const from of next.keys()) {
    let to = next.get(from) as string;
    const seen = new Set([from]);
    while (!live.has(to) && next.has(to) && !seen.has(to)) {
      seen.add(to);
      to = next.get(to) as string;
    }
    if (live.has(to)) resolved.set(from, to);
  }
  return resolved;
}

function toList(redirects: Map<string, string>): { from: string; to: string }[] {
  return [...redirects]
    .map(([from, to]) => ({ from, to }))
    .sort((x, y) => compareText(x.from, y.from));
}

function vendorIdentities(
  model: Model,
  previous: RegistryFile | undefined,
  fresh: () => string,
): Record<string, string> {
  const identities: Record<string, string> = {};
  for (const vendor of [...model.vendors.keys()].sort(compareText)) {
    identities[vendor] = previous?.identities[vendor] ?? fresh();
  }
  return identities;
}

/**
 * Relationship uuids carried over: a previous relationship whose clusters were redirected still
 * names the same relation, so it keeps its uuid (the oldest wins when several now coincide).
 */
function carryRelationships(
  current: ClusterRelation[],
  previous: RegistryRelationship[],
  follow: (uuid: string) => string,
  stamp: string,
  fresh: () => string,
): RegistryRelationship[] {
  const before = new Map<string, RegistryRelationship>();
  for (const old of previous) {
    const key = relationKey(
      canonicalRelation(follow(old.source), follow(old.target), old.relation),
    );
    const seen = before.get(key);
    if (!seen || (compareText(old.created, seen.created) || compareText(old.uuid, seen.uuid)) < 0) {
      before.set(key, old);
    }
  }
  // `current` is sorted, and so stays the result.
  return current.map((relation) => {
    const old = before.get(relationKey(relation));
    if (!old) return { uuid: fresh(), ...relation, created: stamp, modified: stamp };
    const unchanged =
      old.source === relation.source &&
      old.target === relation.target &&
      old.relation === relation.relation;
    return {
      uuid: old.uuid,
      ...relation,
      created: old.created,
      modified: unchanged ? old.modified : stamp,
    };
  });
}
