import { compareText } from "../core/diagnostic.js";
import type { Actor, Cluster, ExportFile } from "../generated/export-file.js";

/** A cluster with its member actors and its names, worked out once for the STIX and MISP files. */
export interface ResolvedCluster {
  cluster: Cluster;
  members: Actor[];
  /** Every name and alias of the members except the label, each once, sorted. */
  otherNames: string[];
  /** "Microsoft Threat Intelligence: Midnight Blizzard (also NOBELIUM). CrowdStrike ...: COZY BEAR." */
  namesByVendor: string;
}

export function resolveClusters(data: ExportFile): ResolvedCluster[] {
  const actors = new Map(data.actors.map((a) => [a.key, a]));
  const vendorNames = new Map(data.vendors.map((v) => [v.id, v.name]));
  return data.clusters.map((cluster) => {
    const members = cluster.members.map((key) => {
      const actor = actors.get(key);
      if (!actor) throw new Error(`cluster ${cluster.uuid} names unknown actor ${key}`);
      return actor;
    });
    const names = new Set(members.flatMap((a) => [a.name, ...a.aliases]));
    names.delete(cluster.label);
    const namesByVendor = members
      .map((a) => {
        const also = a.aliases.length === 0 ? "" : ` (also ${a.aliases.join(", ")})`;
        return `${vendorNames.get(a.vendor) ?? a.vendor}: ${a.name}${also}.`;
      })
      .join(" ");
    return { cluster, members, otherNames: [...names].sort(compareText), namesByVendor };
  });
}

const attackGroupId = /^g[0-9]{4}$/;

/** ATT&CK's group id (G0016) for an actor of the mitre-attack vendor, whose ids are g0016. */
export function attackId(actor: Actor): string | undefined {
  return actor.vendor === "mitre-attack" && attackGroupId.test(actor.id)
    ? actor.id.toUpperCase()
    : undefined;
}

export function attackUrl(id: string): string {
  return `https://attack.mitre.org/groups/${id}`;
}

/** Where to read about the actor: its ATT&CK page, else its first reference. */
export function actorUrl(actor: Actor): string | undefined {
  const id = attackId(actor);
  return id ? attackUrl(id) : actor.references[0];
}
