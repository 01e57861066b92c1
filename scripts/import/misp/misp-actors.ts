import { compareText } from "../../core/diagnostic.js";
import { nameKey } from "../../core/normalize.js";
import type { Mapping } from "../../generated/vendor-file.js";
import type { Relation } from "../../model/types.js";
import { type Link, relationsOf } from "../relations.js";
import { slugOf } from "../slug.js";
import type { ExistingVendors, ImportedActor, ImportResult, UnattributedName } from "../types.js";
import { type Authority, authorityOfProducer } from "./authorities.js";
import type { GalaxyCluster } from "./read-galaxy.js";

interface Options {
  clusters: GalaxyCluster[];
  producers: Map<string, string>;
  /** The authorities whose files are written. */
  write: Authority[];
  source: string;
  existing: ExistingVendors;
}

/** One cluster's names per vendor id, from its name attributions. */
type Attributed = Map<string, string[]>;

type Target = Link & { vendor: string; actor: string; cluster: GalaxyCluster; fromVendor: string };

/**
 * Each written vendor gets one actor per MISP cluster holding names attributed to it (the first
 * its name, the others its aliases), mapped to the other vendors' attributed names in that
 * cluster. A name found on two clusters is a conflict: reported, used on neither.
 */
export function mispActors(options: Options): ImportResult {
  const { clusters, existing } = options;
  const unattributed: UnattributedName[] = [];
  const notes: string[] = [];
  const shared = sharedNames(clusters);
  for (const [key, owners] of shared) {
    const name = owners[0]?.names.find((n) => nameKey(n) === key) ?? key;
    unattributed.push({
      name,
      actor: owners.map((c) => c.value).join(" and "),
      reason: "is on two MISP clusters (a conflict: used on neither)",
    });
  }
  const unknownProducers = new Map<string, number>();
  const attributed = new Map<GalaxyCluster, Attributed>();
  for (const cluster of clusters) {
    const byVendor: Attributed = new Map();
    for (const { name, producer } of cluster.attributions) {
      const producerName = options.producers.get(producer);
      const authority = producerName && authorityOfProducer(producerName);
      if (!authority) {
        const label = producerName ?? `unknown producer ${producer}`;
        unknownProducers.set(label, (unknownProducers.get(label) ?? 0) + 1);
        continue;
      }
      if (shared.has(nameKey(name))) continue;
      const names = byVendor.get(authority.vendor.id) ?? [];
      const same = names.findIndex((n) => nameKey(n) === nameKey(name));
      // "APT 34" and "APT34": keep the spelling with fewer spaces and marks.
      if (same < 0) names.push(name);
      else if (punctuation(name) < punctuation(names[same] ?? "")) names[same] = name;
      byVendor.set(authority.vendor.id, names);
    }
    attributed.set(cluster, byVendor);
  }
  for (const [producer, count] of [...unknownProducers].sort(([a], [b]) => compareText(a, b))) {
    notes.push(
      `${count} names attributed to ${producer}: no vendor id for this producer, not used`,
    );
  }

  const written = new Set(options.write.map((a) => a.vendor.id));
  const actorIds = new Map<string, Map<GalaxyCluster, ImportedActor>>();
  for (const authority of options.write) {
    const vendor = authority.vendor.id;
    const actors = new Map<GalaxyCluster, ImportedActor>();
    const ids = new Map<string, string>();
    for (const cluster of clusters) {
      const [name, ...aliases] = attributed.get(cluster)?.get(vendor) ?? [];
      if (name === undefined) continue;
      const id = slugOf(name);
      const taken = ids.get(id);
      if (taken !== undefined) {
        unattributed.push({
          name,
          actor: cluster.value,
          reason: `makes the same actor id as ${taken}`,
        });
        continue;
      }
      ids.set(id, cluster.value);
      const references = cluster.refs.filter((ref) => onHosts(ref, authority.hosts));
      actors.set(cluster, {
        id,
        name,
        ...(aliases.length > 0 && { aliases }),
        ...(references.length > 0 && { references }),
      });
    }
    actorIds.set(vendor, actors);
  }

  // Mapping targets: the other vendors' actors of the same cluster.
  const targets: Target[] = [];
  for (const [fromVendor, actors] of actorIds) {
    for (const [cluster, actor] of actors) {
      for (const [vendor, names] of attributed.get(cluster) ?? []) {
        if (vendor === fromVendor) continue;
        for (const target of resolveTargets(
          vendor,
          names,
          cluster,
          written,
          actorIds,
          existing,
          unattributed,
        )) {
          const to = `${vendor}/${target.id}`;
          if (targets.some((t) => t.from === `${fromVendor}/${actor.id}` && t.to === to)) continue;
          targets.push({
            from: `${fromVendor}/${actor.id}`,
            to,
            vendor,
            actor: target.name,
            cluster,
            fromVendor,
          });
        }
      }
    }
  }
  const relations = new Map<Link, Relation>();
  for (const pair of new Set(targets.map((t) => `${t.fromVendor} ${t.vendor}`))) {
    const links = targets.filter((t) => `${t.fromVendor} ${t.vendor}` === pair);
    for (const [link, relation] of relationsOf(links)) relations.set(link, relation);
  }

  const vendors = options.write.map((authority) => {
    const vendorId = authority.vendor.id;
    const actors = [...(actorIds.get(vendorId) ?? new Map()).entries()].map(
      ([cluster, actor]: [GalaxyCluster, ImportedActor]): ImportedActor => {
        const mappings = targets
          .filter((t) => t.fromVendor === vendorId && t.cluster === cluster)
          .map(
            (t): Mapping => ({
              vendor: t.vendor,
              actor: t.actor,
              relation: relations.get(t) ?? "same",
              source: options.source,
            }),
          );
        return { ...actor, ...(mappings.length > 0 && { mappings }) };
      },
    );
    actors.sort((a, b) => compareText(a.id, b.id));
    return {
      vendor: existing.get(vendorId)?.vendor ?? authority.vendor,
      actors,
      source: options.source,
    };
  });

  // Names of clusters that gave a written vendor an actor, that MISP attributes to no one.
  for (const [cluster] of [...actorIds.values()].flatMap((actors) => [...actors])) {
    const known = new Set(cluster.attributions.map((a) => nameKey(a.name)));
    for (const name of cluster.names) {
      if (!known.has(nameKey(name)) && !shared.has(nameKey(name))) {
        known.add(nameKey(name));
        unattributed.push({
          name,
          actor: cluster.value,
          reason: "MISP does not say whose name this is",
        });
      }
    }
  }
  return { vendors, unattributed: dedupe(unattributed), notes };
}

/** The actors `names` stand for in `vendor`'s file, or in this import when it writes that vendor. */
function resolveTargets(
  vendor: string,
  names: string[],
  cluster: GalaxyCluster,
  written: Set<string>,
  actorIds: Map<string, Map<GalaxyCluster, ImportedActor>>,
  existing: ExistingVendors,
  unattributed: UnattributedName[],
): { id: string; name: string }[] {
  if (written.has(vendor)) {
    const actor = actorIds.get(vendor)?.get(cluster);
    return actor ? [actor] : [];
  }
  const found = new Map<string, { id: string; name: string }>();
  for (const name of names) {
    const actor = existing.has(vendor) ? existing.find(vendor, name) : undefined;
    if (actor) found.set(actor.id, actor);
    else {
      const reason = existing.has(vendor)
        ? `${vendor} name per MISP, not in vendors/${vendor}.yaml`
        : `${vendor} name per MISP; there is no vendors/${vendor}.yaml`;
      unattributed.push({ name, actor: cluster.value, reason });
    }
  }
  return [...found.values()];
}

/** Name keys found on more than one cluster (as its value, a synonym or an attributed name). */
function sharedNames(clusters: GalaxyCluster[]): Map<string, GalaxyCluster[]> {
  const owners = new Map<string, GalaxyCluster[]>();
  for (const cluster of clusters) {
    const keys = new Set(
      [...cluster.names, ...cluster.attributions.map((a) => a.name)].map(nameKey),
    );
    for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), cluster]);
  }
  return new Map([...owners].filter(([, list]) => list.length > 1));
}

function onHosts(url: string, hosts: string[]): boolean {
  const host = URL.parse(url)?.hostname ?? "";
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

function dedupe(names: UnattributedName[]): UnattributedName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = `${n.name}\u0000${n.actor}\u0000${n.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function punctuation(name: string): number {
  return name.replace(/[\p{L}\p{N}]/gu, "").length;
}
