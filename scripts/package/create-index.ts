// The lookup index over one actormap.json: built once, then every lookup is a few map reads.
// Pure (no I/O), so the npm package, `actormap lookup` and the site all use the same answers.
import { distance } from "fastest-levenshtein";
import { compareText } from "../core/diagnostic.js";
import { nameKey } from "../core/normalize.js";
import { labelVendorOrder } from "../export/cluster-label.js";
import type { Actor, ExportFile, Mapping, PartialRelation } from "../generated/export-file.js";

/** How a query named an actor, strongest first. */
export type MatchKind = "uuid" | "key" | "name" | "alias" | "id" | "cluster";

export interface ActorMatch {
  actor: Actor;
  matched: MatchKind;
  cluster: ClusterView;
}

/** A cluster with its members and mappings resolved: every vendor's names in one place. */
export interface ClusterView {
  uuid: string;
  label: string;
  /** Every vendor's actor in the cluster: vendors in the cluster-label order, then by key. */
  actors: Actor[];
  /** Mappings between two members (the `same` claims that make the cluster), with sources. */
  mappings: Mapping[];
  /** Partial relations to other clusters, by label, each with the actor mappings that state it. */
  relations: RelationView[];
  /** Former cluster uuids that now point here. */
  redirects: string[];
  created: string;
  modified: string;
}

export interface RelationView {
  /** Read from this cluster to `cluster`. */
  relation: PartialRelation;
  cluster: string;
  label: string;
  /** The actor mappings behind the relation, as the export states them (read from `from`). */
  mappings: Mapping[];
}

/** One searchable name: an actor's name, alias or id, with its normalised key. */
export interface NameEntry {
  key: string;
  name: string;
  actor: string;
  kind: "name" | "alias" | "id";
}

export interface ActorIndex {
  readonly data: ExportFile;
  /** Clusters sorted by label, then uuid. */
  readonly clusters: readonly ClusterView[];
  /** Every actor name, alias and id, in actor order. */
  readonly names: readonly NameEntry[];
  /**
   * The actors a query names: a name, alias or actor id of any vendor (compared by `nameKey`),
   * an actor key (`microsoft/midnight-blizzard`), an actor uuid, or a cluster uuid (current or
   * redirected; every member matches). Sorted by actor key; empty when nothing matches.
   */
  lookup(query: string): ActorMatch[];
  /** Up to `limit` known names closest to the query by edit distance, for "did you mean". */
  nearest(query: string, limit?: number): string[];
  actor(key: string): Actor | undefined;
  /** A cluster by uuid, following redirects. */
  cluster(uuid: string): ClusterView | undefined;
}

const kindRank: Record<MatchKind, number> = {
  uuid: 0,
  key: 1,
  cluster: 2,
  name: 3,
  alias: 4,
  id: 5,
};

const reverse: Record<PartialRelation, PartialRelation> = {
  overlaps: "overlaps",
  includes: "part-of",
  "part-of": "includes",
};

function vendorRank(vendor: string): number {
  const rank = labelVendorOrder.indexOf(vendor);
  return rank === -1 ? labelVendorOrder.length : rank;
}

/** Microsoft, CrowdStrike, Google/Mandiant, Unit 42, ATT&CK first, as the cluster labels. */
function displayOrder(a: Actor, b: Actor): number {
  return vendorRank(a.vendor) - vendorRank(b.vendor) || compareText(a.key, b.key);
}

export function createIndex(data: ExportFile): ActorIndex {
  const actors = new Map(data.actors.map((a) => [a.key, a]));
  const clusterOfActor = (key: string) => actors.get(key)?.cluster;

  const views = new Map<string, ClusterView>();
  for (const c of data.clusters) {
    views.set(c.uuid, {
      uuid: c.uuid,
      label: c.label,
      actors: c.members.flatMap((key) => actors.get(key) ?? []).sort(displayOrder),
      mappings: [],
      relations: c.relations.map((r) => ({
        relation: r.relation,
        cluster: r.cluster,
        label: "",
        mappings: [],
      })),
      redirects: [],
      created: c.created,
      modified: c.modified,
    });
  }
  const redirects = new Map<string, string>();
  for (const r of data.redirects) {
    redirects.set(r.from, r.to);
    views.get(r.to)?.redirects.push(r.from);
  }
  for (const view of views.values()) {
    for (const r of view.relations) r.label = views.get(r.cluster)?.label ?? r.cluster;
    view.relations.sort(
      (a, b) =>
        compareText(a.label, b.label) ||
        compareText(a.cluster, b.cluster) ||
        compareText(a.relation, b.relation),
    );
  }
  for (const m of data.mappings) attachMapping(m);

  function attachMapping(m: Mapping): void {
    const from = clusterOfActor(m.from);
    const to = clusterOfActor(m.to);
    if (from === undefined || to === undefined) return;
    if (from === to) {
      views.get(from)?.mappings.push(m);
      return;
    }
    if (m.relation === "same") return; // cannot happen in a valid export: same joins a cluster
    for (const [here, there, relation] of [
      [from, to, m.relation],
      [to, from, reverse[m.relation]],
    ] as const) {
      const relationView = views
        .get(here)
        ?.relations.find((r) => r.cluster === there && r.relation === relation);
      relationView?.mappings.push(m);
    }
  }

  const names: NameEntry[] = [];
  const byKey = new Map<string, { actor: Actor; kind: NameEntry["kind"] }[]>();
  for (const actor of data.actors) {
    const own = new Set<string>();
    const add = (name: string, kind: NameEntry["kind"]) => {
      const key = nameKey(name);
      names.push({ key, name, actor: actor.key, kind });
      if (key === "" || own.has(key)) return;
      own.add(key);
      const list = byKey.get(key);
      if (list) list.push({ actor, kind });
      else byKey.set(key, [{ actor, kind }]);
    };
    add(actor.name, "name");
    for (const alias of actor.aliases) add(alias, "alias");
    add(actor.id, "id");
  }

  const byExact = new Map<string, { actor: Actor; kind: MatchKind }[]>();
  for (const actor of data.actors) {
    byExact.set(actor.uuid, [{ actor, kind: "uuid" }]);
    byExact.set(actor.key, [{ actor, kind: "key" }]);
  }
  const clusterMembers = (view: ClusterView) =>
    view.actors.map((actor) => ({ actor, kind: "cluster" as const }));
  for (const view of views.values()) byExact.set(view.uuid, clusterMembers(view));
  for (const [from, to] of redirects) {
    const view = views.get(to);
    if (view) byExact.set(from, clusterMembers(view));
  }

  // Distinct keys with the first name written for each, for suggestions.
  const displayName = new Map<string, string>();
  for (const entry of names)
    if (!displayName.has(entry.key)) displayName.set(entry.key, entry.name);

  const sortedClusters = [...views.values()].sort(
    (a, b) => compareText(a.label, b.label) || compareText(a.uuid, b.uuid),
  );

  return {
    data,
    clusters: sortedClusters,
    names,
    lookup(query) {
      const trimmed = query.trim();
      const hits = byExact.get(trimmed.toLowerCase()) ?? byKey.get(nameKey(trimmed)) ?? [];
      const best = new Map<string, { actor: Actor; kind: MatchKind }>();
      for (const hit of hits) {
        const seen = best.get(hit.actor.key);
        if (!seen || kindRank[hit.kind] < kindRank[seen.kind]) best.set(hit.actor.key, hit);
      }
      return [...best.values()]
        .sort((a, b) => compareText(a.actor.key, b.actor.key))
        .flatMap(({ actor, kind }) => {
          const cluster = views.get(actor.cluster);
          return cluster ? [{ actor, matched: kind, cluster }] : [];
        });
    },
    nearest(query, limit = 5) {
      const key = nameKey(query);
      if (key === "") return [];
      // Further than this is a different name, not a typo.
      const reach = Math.max(2, Math.ceil(key.length / 3));
      const scored: { name: string; d: number }[] = [];
      for (const [candidate, name] of displayName) {
        if (Math.abs(candidate.length - key.length) > reach) continue;
        const d = distance(key, candidate);
        if (d <= reach) scored.push({ name, d });
      }
      return scored
        .sort((a, b) => a.d - b.d || compareText(a.name, b.name))
        .slice(0, limit)
        .map((s) => s.name);
    },
    actor: (key) => actors.get(key),
    cluster: (uuid) => views.get(redirects.get(uuid) ?? uuid),
  };
}
