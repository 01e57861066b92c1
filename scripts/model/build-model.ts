import { nameKey } from "../core/normalize.js";
import type { LoadedData, SourceFile } from "../load/types.js";
import { reverseRelation } from "./relation.js";
import type { Claim, Edge, Model, ModelActor, ModelCluster, Relation } from "./types.js";
import { UnionFind } from "./union-find.js";

/** The merged model: every readable vendor file's actors, their mappings as claims and edges, and clusters. */
export function buildModel(loaded: LoadedData): Model {
  const vendors = new Map<string, SourceFile>();
  for (const file of loaded.files)
    if (!vendors.has(file.vendorId)) vendors.set(file.vendorId, file);
  const actors = collectActors(vendors);
  const names = indexNames(actors);
  const claims = collectClaims(actors, names);
  // Without a comparator, sort orders strings by UTF-16 code units: compareText's order, faster.
  const keys = [...actors.keys()].sort();
  const rank = new Map(keys.map((key, index) => [key, index]));
  const edges = buildEdges(claims, rank);
  const { clusters, clusterOf } = buildClusters(keys, rank, edges);
  return {
    vendors,
    unreadable: new Set(loaded.unreadable),
    actors,
    names,
    claims,
    edges,
    clusters,
    clusterOf,
  };
}

export function actorKey(vendor: string, id: string): string {
  return `${vendor}/${id}`;
}

/** Actors keyed `vendor/id`, in vendor then file order; a repeated id keeps its first actor (duplicate-actor-id reports the rest). */
function collectActors(vendors: Map<string, SourceFile>): Map<string, ModelActor> {
  const actors = new Map<string, ModelActor>();
  for (const [vendor, file] of vendors) {
    file.data.actors.forEach((data, index) => {
      const key = actorKey(vendor, data.id);
      if (actors.has(key)) return;
      actors.set(key, { key, vendor, id: data.id, data, file, path: ["actors", index] });
    });
  }
  return actors;
}

/** Every name an actor answers to: its name, its aliases and its id (in the order suggestions prefer). */
export function namesOf(actor: ModelActor): string[] {
  return [actor.data.name, ...(actor.data.aliases ?? []), actor.data.id];
}

function indexNames(actors: Map<string, ModelActor>): Map<string, Map<string, string[]>> {
  const names = new Map<string, Map<string, string[]>>();
  for (const actor of actors.values()) {
    let vendorNames = names.get(actor.vendor);
    if (!vendorNames) {
      vendorNames = new Map();
      names.set(actor.vendor, vendorNames);
    }
    for (const name of namesOf(actor)) {
      const key = nameKey(name);
      const owners = vendorNames.get(key);
      // An actor's names are added together, so a repeat of its own name is the last entry.
      if (!owners) vendorNames.set(key, [actor.key]);
      else if (owners[owners.length - 1] !== actor.key) owners.push(actor.key);
    }
  }
  return names;
}

/** The actor a mapping names: by id, name or alias of the target vendor; the first owner when a name is shared. */
export function resolveTarget(
  names: Map<string, Map<string, string[]>>,
  vendor: string,
  actor: string,
): string | undefined {
  return names.get(vendor)?.get(nameKey(actor))?.[0];
}

function collectClaims(
  actors: Map<string, ModelActor>,
  names: Map<string, Map<string, string[]>>,
): Claim[] {
  const claims: Claim[] = [];
  for (const actor of actors.values()) {
    actor.data.mappings?.forEach((mapping, index) => {
      claims.push({
        from: actor.key,
        to: resolveTarget(names, mapping.vendor, mapping.actor),
        vendor: mapping.vendor,
        actor: mapping.actor,
        relation: mapping.relation ?? "same",
        source: mapping.source,
        since: mapping.since,
        file: actor.file,
        path: [...actor.path, "mappings", index],
      });
    });
  }
  return claims;
}

/**
 * One edge per unordered pair of actors with the claims of both sides. Claims into the claimant's
 * own vendor are left out: self-mapping reports them, and they must not join clusters.
 * `rank` is each actor's position in key order, so pairs are numbered and sorted cheaply.
 */
function buildEdges(claims: Claim[], rank: Map<string, number>): Edge[] {
  const byPair = new Map<number, Edge>();
  for (const claim of claims) {
    const to = claim.to;
    if (to === undefined || claim.vendor === claim.file.vendorId) continue;
    const from = rank.get(claim.from) as number;
    const target = rank.get(to) as number;
    const [a, b] = from < target ? [claim.from, to] : [to, claim.from];
    const pair = Math.min(from, target) * rank.size + Math.max(from, target);
    const relation = relationFrom(a, claim);
    const edge = byPair.get(pair);
    if (!edge) {
      byPair.set(pair, { a, b, relation, conflict: false, claims: [claim], status: "one-sided" });
      continue;
    }
    edge.claims.push(claim);
    if (relation !== edge.relation) edge.conflict = true;
    if (edge.claims.some((c) => c.from !== claim.from)) edge.status = "mutual";
  }
  return [...byPair.keys()].sort((x, y) => x - y).map((pair) => byPair.get(pair) as Edge);
}

/** A claim's relation read from `actor` (one of the pair it links) to the other. */
export function relationFrom(actor: string, claim: Claim): Relation {
  return claim.from === actor ? claim.relation : reverseRelation(claim.relation);
}

export function vendorOf(key: string): string {
  return key.slice(0, key.indexOf("/"));
}

/** Connected components of the `same` edges that no claim contradicts; every actor is in one. */
function buildClusters(
  keys: string[],
  rank: Map<string, number>,
  edges: Edge[],
): { clusters: ModelCluster[]; clusterOf: Map<string, number> } {
  const sets = new UnionFind(keys.length);
  for (const edge of edges) {
    if (edge.relation !== "same" || edge.conflict) continue;
    sets.union(rank.get(edge.a) as number, rank.get(edge.b) as number);
  }
  // Keys are sorted, so groups come out sorted within and ordered by first member.
  const clusters = sets.groups().map((group) => ({ members: group.map((i) => keys[i] as string) }));
  const clusterOf = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    for (const member of cluster.members) clusterOf.set(member, index);
  });
  return { clusters, clusterOf };
}
