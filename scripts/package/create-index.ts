// The lookup index over one actormap.json: built once, then every lookup is a few map reads.
// Pure (no I/O), so the npm package, `actormap lookup` and the site all use the same answers.
import { distance } from "fastest-levenshtein";
import { compareText } from "../core/diagnostic.js";
import { nameKey } from "../core/normalize.js";
import { labelVendorOrder } from "../export/cluster-label.js";
import type { Actor, ExportFile, Mapping, PartialRelation } from "../generated/export-file.js";

/** How a query named an actor: its name, an alias, its id, key or uuid, or its cluster's uuid. */
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

interface NameHit {
  actor: Actor;
  kind: NameEntry["kind"];
}

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

  // Name key → the actors it names, each actor once with its strongest kind: an actor's names
  // are added name, aliases, id, one actor after the other, so a repeat can only be the last.
  const byName = new Map<string, NameHit[]>();
  const addName = (actor: Actor, name: string, kind: NameEntry["kind"]) => {
    const key = nameKey(name);
    if (key === "") return;
    const hits = byName.get(key);
    if (!hits) byName.set(key, [{ actor, kind }]);
    else if (hits[hits.length - 1]?.actor !== actor) hits.push({ actor, kind });
  };
  for (const actor of data.actors) {
    addName(actor, actor.name, "name");
    for (const alias of actor.aliases) addName(actor, alias, "alias");
    addName(actor, actor.id, "id");
  }
  const byUuid = new Map(data.actors.map((a) => [a.uuid, a]));

  const sortedClusters = [...views.values()].sort(
    (a, b) => compareText(a.label, b.label) || compareText(a.uuid, b.uuid),
  );

  // Only the site and "did you mean" need these: built on first use.
  let names: NameEntry[] | undefined;
  const allNames = () => {
    names ??= data.actors.flatMap((actor) =>
      [
        { name: actor.name, kind: "name" as const },
        ...actor.aliases.map((name) => ({ name, kind: "alias" as const })),
        { name: actor.id, kind: "id" as const },
      ].map(({ name, kind }) => ({ key: nameKey(name), name, actor: actor.key, kind })),
    );
    return names;
  };
  let spelling: Map<string, string> | undefined;
  const spellings = () => {
    if (!spelling) {
      spelling = new Map();
      for (const entry of allNames()) {
        if (entry.key !== "" && !spelling.has(entry.key)) spelling.set(entry.key, entry.name);
      }
    }
    return spelling;
  };

  const match = (actor: Actor, matched: MatchKind): ActorMatch[] => {
    const cluster = views.get(actor.cluster);
    return cluster ? [{ actor, matched, cluster }] : [];
  };

  return {
    data,
    clusters: sortedClusters,
    get names() {
      return allNames();
    },
    lookup(query) {
      const trimmed = query.trim();
      const exact = trimmed.toLowerCase();
      const cluster = views.get(redirects.get(exact) ?? exact);
      if (cluster) {
        return [...cluster.actors]
          .sort((a, b) => compareText(a.key, b.key))
          .map((actor) => ({ actor, matched: "cluster", cluster }));
      }
      const actor = byUuid.get(exact) ?? actors.get(exact);
      if (actor) return match(actor, actor.uuid === exact ? "uuid" : "key");
      const hits = byName.get(nameKey(trimmed)) ?? [];
      const found = hits.flatMap((hit) => match(hit.actor, hit.kind));
      return found.length > 1 ? found.sort((a, b) => compareText(a.actor.key, b.actor.key)) : found;
    },
    nearest(query, limit = 5) {
      const key = nameKey(query);
      if (key === "") return [];
      // Further than this is a different name, not a typo.
      const reach = Math.max(2, Math.ceil(key.length / 3));
      const scored: { name: string; d: number }[] = [];
      for (const [candidate, name] of spellings()) {
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
