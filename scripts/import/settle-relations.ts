import { nameKey } from "../core/normalize.js";
import type { Relation } from "../model/types.js";
import { authorities } from "./misp/authorities.js";
import { reverseRelation } from "./relations.js";
import type { ExistingVendors, ImportResult } from "./types.js";

/** Groups of actor keys (`vendor/id`) joined by `same` claims, with each group's actors per vendor. */
class SameGroups {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, Map<string, string>>();

  find(key: string): string {
    let root = key;
    for (
      let next = this.parent.get(root);
      next !== undefined && next !== root;
      next = this.parent.get(root)
    ) {
      root = next;
    }
    return root;
  }

  private actorsOf(root: string): Map<string, string> {
    return this.members.get(root) ?? new Map([[root.slice(0, root.indexOf("/")), root]]);
  }

  /** The actor of one vendor that would be joined with another of the same vendor, if any. */
  conflict(a: string, b: string): [string, string] | undefined {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return undefined;
    const left = this.actorsOf(rootA);
    for (const [vendor, actor] of this.actorsOf(rootB)) {
      const other = left.get(vendor);
      if (other !== undefined && other !== actor) return [other, actor];
    }
    return undefined;
  }

  union(a: string, b: string): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return;
    const merged = new Map([...this.actorsOf(rootB), ...this.actorsOf(rootA)]);
    this.parent.set(rootB, rootA);
    this.members.set(rootA, merged);
    this.members.delete(rootB);
  }
}

/**
 * Makes an import's relations agree with the data already there, so that importing from several
 * sources never produces contradictions:
 * - when the target's file already states a relation back to this actor, the import states the
 *   same relation read from its side;
 * - a relation other than `same` already in the file written (a curated `overlaps`, say) is not
 *   turned back into `same`;
 * - a `same` claim that would put two actors of one vendor into one group (directly or through
 *   other vendors' `same` claims already in the data or earlier in this import) is written as
 *   `overlaps` instead, and noted.
 * Known vendors' files are read (see authorities); claims are taken in the import's order.
 */
export function settleRelations(result: ImportResult, existing: ExistingVendors): ImportResult {
  const own = new Map<string, Map<string, string>>();
  for (const { vendor, actors } of result.vendors) {
    const names = new Map<string, string>();
    for (const actor of actors) {
      for (const name of [actor.id, actor.name, ...(actor.aliases ?? [])]) {
        if (!names.has(nameKey(name))) names.set(nameKey(name), actor.id);
      }
    }
    own.set(vendor.id, names);
  }
  const resolve = (vendor: string, name: string) =>
    own.get(vendor)?.get(nameKey(name)) ??
    (existing.has(vendor) ? existing.find(vendor, name)?.id : undefined);

  const groups = new SameGroups();
  const stated = new Map<string, Relation>();
  for (const { vendor } of authorities) {
    for (const actor of existing.get(vendor.id)?.actors ?? []) {
      for (const mapping of actor.mappings ?? []) {
        const target = resolve(mapping.vendor, mapping.actor);
        if (target === undefined) continue;
        const from = `${vendor.id}/${actor.id}`;
        const to = `${mapping.vendor}/${target}`;
        stated.set(`${from} ${to}`, mapping.relation ?? "same");
        if ((mapping.relation ?? "same") === "same") groups.union(from, to);
      }
    }
  }

  const notes: string[] = [];
  const decided = new Map<string, Relation>();
  for (const { vendor, actors } of result.vendors) {
    for (const actor of actors) {
      const from = `${vendor.id}/${actor.id}`;
      for (const mapping of actor.mappings ?? []) {
        const target = resolve(mapping.vendor, mapping.actor);
        if (target === undefined) continue;
        const to = `${mapping.vendor}/${target}`;
        const back = decided.get(`${to} ${from}`) ?? stated.get(`${to} ${from}`);
        const kept = stated.get(`${from} ${to}`);
        let relation: Relation = back
          ? reverseRelation(back)
          : kept !== undefined && kept !== "same" && (mapping.relation ?? "same") === "same"
            ? kept
            : (mapping.relation ?? "same");
        if (relation === "same" && !back) {
          const conflict = groups.conflict(from, to);
          if (conflict) {
            relation = "overlaps";
            notes.push(
              `${from} same ${to} would put ${conflict[0]} and ${conflict[1]} in one group: written as overlaps`,
            );
          }
        }
        if (relation === "same") groups.union(from, to);
        mapping.relation = relation;
        decided.set(`${from} ${to}`, relation);
      }
    }
  }
  return { ...result, notes: [...result.notes, ...notes] };
}
