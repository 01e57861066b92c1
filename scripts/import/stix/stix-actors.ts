import { nameKey } from "../../core/normalize.js";
import type { Mapping } from "../../generated/vendor-file.js";
import type { Relation } from "../../model/types.js";
import { type Link, relationsOf } from "../relations.js";
import { slugOf } from "../slug.js";
import type { ExistingVendors, ImportedActor, UnattributedName } from "../types.js";
import { foreignActor } from "./foreign-names.js";
import type { Bundle, IntrusionSet } from "./read-bundle.js";

export interface StixActors {
  actors: ImportedActor[];
  unattributed: UnattributedName[];
  notes: string[];
}

interface Options {
  vendor: string;
  /** ATT&CK bundle: ids from the G-ids. */
  attack: boolean;
  /** The address every mapping cites; by default the set's own first reference. */
  source: string | undefined;
  existing: ExistingVendors;
}

type ForeignLink = Link & { set: IntrusionSet; vendor: string; actor: string };

/**
 * One actor per intrusion set. Its name and aliases that are another vendor's names (see
 * foreignActor) become mappings; the other aliases stay its own. Revoked sets become `merged`
 * into the set their `revoked-by` relationship names, or `retired` when the bundle does not say;
 * deprecated sets are `retired`. Inactive sets keep only names no active set has, and no mappings:
 * their successors carry them.
 */
export function stixActors(bundle: Bundle, options: Options): StixActors {
  const idOf = (set: IntrusionSet) =>
    options.attack && set.attackId ? set.attackId.toLowerCase() : slugOf(set.name);
  const active = (set: IntrusionSet) => !set.revoked && !set.deprecated;
  const byStixId = new Map(bundle.sets.map((set) => [set.id, set]));
  const unattributed: UnattributedName[] = [];
  const notes: string[] = [];
  const label = (set: IntrusionSet) => (set.attackId ? `${set.attackId} ${set.name}` : set.name);
  const sourceOf = (set: IntrusionSet) => options.source ?? set.urls[0];

  // A name belongs to the set that has it as its name, else to the only active set listing it.
  const nameOwners = new Map<string, IntrusionSet>();
  for (const set of bundle.sets) nameOwners.set(nameKey(set.name), set);
  const aliasOwners = new Map<string, IntrusionSet[]>();
  for (const set of bundle.sets) {
    for (const alias of new Set(set.aliases.map(nameKey))) {
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), set]);
    }
  }
  const ownsAlias = (set: IntrusionSet, alias: string): string | undefined => {
    const key = nameKey(alias);
    const named = nameOwners.get(key);
    if (named) return named === set ? undefined : `is the name of ${label(named)}`;
    const listing = aliasOwners.get(key) ?? [];
    const activeListing = listing.filter(active);
    if (listing.length === 1 || (activeListing.length === 1 && activeListing[0] === set))
      return undefined;
    return `is listed on ${listing.map(label).join(" and ")}`;
  };

  const foreign: ForeignLink[] = [];
  const aliasesOf = new Map<IntrusionSet, string[]>();
  for (const set of bundle.sets) {
    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const name of [set.name, ...set.aliases]) {
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const isName = key === nameKey(set.name);
      const other = foreignActor(name, options.vendor, options.existing);
      if (other) {
        if (sourceOf(set) === undefined) {
          unattributed.push({
            name,
            actor: label(set),
            reason: "no address to cite: give --source",
          });
        } else if (!active(set)) {
          unattributed.push({
            name,
            actor: label(set),
            reason: "another vendor's name on an inactive group",
          });
        } else {
          const to = `${other.vendor}/${other.actor.id}`;
          if (!foreign.some((f) => f.set === set && f.to === to)) {
            foreign.push({ set, from: set.id, to, vendor: other.vendor, actor: other.actor.name });
          }
        }
        if (!isName) continue;
      }
      if (isName) continue;
      const conflict = ownsAlias(set, name);
      if (conflict) unattributed.push({ name, actor: label(set), reason: conflict });
      else aliases.push(name);
    }
    aliasesOf.set(set, aliases);
  }

  const relations = new Map<Link, Relation>();
  for (const vendor of new Set(foreign.map((f) => f.vendor))) {
    for (const [link, relation] of relationsOf(foreign.filter((f) => f.vendor === vendor))) {
      relations.set(link, relation);
    }
  }

  const actors = bundle.sets.map((set): ImportedActor => {
    const mappings = foreign
      .filter((f) => f.set === set)
      .map(
        (f): Mapping => ({
          vendor: f.vendor,
          actor: f.actor,
          relation: relations.get(f) ?? "same",
          source: sourceOf(set) ?? "",
        }),
      );
    const aliases = aliasesOf.get(set) ?? [];
    return {
      id: idOf(set),
      name: set.name,
      ...(aliases.length > 0 && { aliases }),
      ...status(set, (s) => successorOf(s, bundle, byStixId), idOf, notes, label),
      ...(set.urls.length > 0 && { references: set.urls.slice(0, 1) }),
      ...(mappings.length > 0 && { mappings }),
    };
  });
  return { actors, unattributed, notes };
}

function status(
  set: IntrusionSet,
  successor: (set: IntrusionSet) => IntrusionSet | undefined,
  idOf: (set: IntrusionSet) => string,
  notes: string[],
  label: (set: IntrusionSet) => string,
): Pick<ImportedActor, "status" | "merged_into"> {
  if (set.revoked) {
    const target = successor(set);
    if (target) return { status: "merged", merged_into: idOf(target) };
    notes.push(`${label(set)} is revoked and the bundle does not say by what: marked retired`);
    return { status: "retired" };
  }
  return set.deprecated ? { status: "retired" } : { status: "active" };
}

/** The set that replaces a revoked one, following `revoked-by` through revoked successors. */
function successorOf(
  set: IntrusionSet,
  bundle: Bundle,
  byStixId: Map<string, IntrusionSet>,
): IntrusionSet | undefined {
  const visited = new Set([set.id]);
  let current = set;
  for (;;) {
    const next = byStixId.get(bundle.revokedBy.get(current.id) ?? "");
    if (!next || visited.has(next.id)) return undefined;
    if (!next.revoked) return next;
    visited.add(next.id);
    current = next;
  }
}
