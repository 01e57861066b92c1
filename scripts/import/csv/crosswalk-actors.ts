import { compareText } from "../../core/diagnostic.js";
import { nameKey } from "../../core/normalize.js";
import type { Mapping, Vendor } from "../../generated/vendor-file.js";
import type { Relation } from "../../model/types.js";
import { type Link, relationsOf } from "../relations.js";
import { slugOf } from "../slug.js";
import { liveActor } from "../stix/foreign-names.js";
import type { ExistingVendors, ImportedActor, ImportResult, UnattributedName } from "../types.js";

/** One row of the crosswalk: each vendor's names, and the address its mappings cite per vendor. */
export interface CrosswalkRow {
  line: number;
  names: Map<string, string[]>;
  /** The cited address for a mapping to `target`'s name written into `writer`'s file. */
  sourceFor(target: string, writer: string): string;
}

interface Options {
  rows: CrosswalkRow[];
  /** The vendor blocks of the files written. */
  write: Vendor[];
  existing: ExistingVendors;
  /** The import's own source, for reporting mappings it no longer states. */
  source: string;
}

type Target = Link & { row: CrosswalkRow; fromVendor: string; vendor: string; actor: string };

/** The actors of one written vendor, found by any of their names. */
class Registry {
  readonly actors: ImportedActor[] = [];
  private readonly byKey = new Map<string, ImportedActor>();

  constructor(
    private readonly vendor: string,
    private readonly existing: ExistingVendors,
  ) {}

  get(name: string): ImportedActor | undefined {
    return this.byKey.get(nameKey(name));
  }

  /** Adds names as one actor: joined to the actor one of them already names, or a new one. */
  add(names: string[]): ImportedActor {
    let actor = names.map((name) => this.get(name)).find((a) => a !== undefined);
    const curated = names.map((name) => liveActor(this.existing, this.vendor, name)).find((a) => a);
    actor ??= this.actors.find((a) => curated !== undefined && a.id === curated.id);
    if (!actor) {
      const name = curated?.name ?? names[0] ?? "";
      actor = { id: curated?.id ?? slugOf(name), name };
      this.actors.push(actor);
      for (const known of [actor.id, name, ...(curated?.aliases ?? [])])
        this.byKey.set(nameKey(known), actor);
    }
    for (const name of names) {
      if (this.byKey.has(nameKey(name))) continue;
      this.byKey.set(nameKey(name), actor);
      // A merged actor's name stays its own, never an alias of its successor.
      const holder = this.existing.find(this.vendor, name);
      if (holder === undefined || holder.id === actor.id)
        actor.aliases = [...(actor.aliases ?? []), name];
    }
    return actor;
  }
}

/**
 * Each row says its names are one actor. The names of the written vendor in a row are one actor
 * (the first its name, the rest aliases), unless one of them is also in another row or the
 * vendor's file holds them on different actors: then each is an actor of its own. Every actor
 * is mapped to the other vendors' actors of its row; a name in several rows is one-to-many, so
 * the relation follows from the partners each side has (see relationsOf), never several `same`.
 */
export function crosswalkActors(options: Options): ImportResult {
  const { rows, existing } = options;
  const unattributed: UnattributedName[] = [];
  const rowsOf = new Map<string, number>();
  for (const row of rows) {
    for (const names of row.names.values()) {
      for (const key of new Set(names.map(nameKey))) rowsOf.set(key, (rowsOf.get(key) ?? 0) + 1);
    }
  }
  const registries = new Map<string, Registry>();
  const rowActors = new Map<CrosswalkRow, Map<string, ImportedActor[]>>();
  for (const { id: vendor } of options.write) {
    const registry = new Registry(vendor, existing);
    registries.set(vendor, registry);
    for (const row of rows) {
      const names = row.names.get(vendor) ?? [];
      if (names.length === 0) continue;
      const curatedIds = new Set(
        names.map((n) => liveActor(existing, vendor, n)?.id).filter((id) => id),
      );
      const separate = names.some((n) => (rowsOf.get(nameKey(n)) ?? 0) > 1) || curatedIds.size > 1;
      const groups = separate ? groupByCurated(names, vendor, existing) : [names];
      const actors = [...new Set(groups.map((group) => registry.add(group)))];
      rowActors.set(row, new Map([...(rowActors.get(row) ?? []), [vendor, actors]]));
    }
  }

  const targets: Target[] = [];
  for (const row of rows) {
    for (const [fromVendor, actors] of rowActors.get(row) ?? []) {
      for (const [vendor, names] of row.names) {
        if (vendor === fromVendor) continue;
        const found = resolve(vendor, names, row, registries, existing, unattributed);
        for (const from of actors) {
          for (const target of found) {
            const link = { from: `${fromVendor}/${from.id}`, to: `${vendor}/${target.id}` };
            if (targets.some((t) => t.from === link.from && t.to === link.to)) continue;
            targets.push({ ...link, row, fromVendor, vendor, actor: target.name });
          }
        }
      }
    }
  }
  const relations = new Map<Link, Relation>();
  for (const pair of new Set(targets.map((t) => `${t.fromVendor} ${t.vendor}`))) {
    const links = targets.filter((t) => `${t.fromVendor} ${t.vendor}` === pair);
    for (const [link, relation] of relationsOf(links)) relations.set(link, relation);
  }

  const vendors = options.write.map((vendor) => {
    const actors = (registries.get(vendor.id)?.actors ?? []).map((actor): ImportedActor => {
      const mappings = targets
        .filter((t) => t.from === `${vendor.id}/${actor.id}`)
        .map(
          (t): Mapping => ({
            vendor: t.vendor,
            actor: t.actor,
            relation: relations.get(t) ?? "same",
            source: t.row.sourceFor(t.vendor, vendor.id),
          }),
        );
      return { ...actor, ...(mappings.length > 0 && { mappings }) };
    });
    actors.sort((a, b) => compareText(a.id, b.id));
    return { vendor, actors, source: options.source };
  });
  return { vendors, unattributed, notes: [] };
}

/** Names the vendor's file holds together stay together; every other name is its own actor. */
function groupByCurated(names: string[], vendor: string, existing: ExistingVendors): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = liveActor(existing, vendor, name)?.id ?? `\u0000${nameKey(name)}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()];
}

/** The actors a row's names of `vendor` stand for: written in this import, or in its file. */
function resolve(
  vendor: string,
  names: string[],
  row: CrosswalkRow,
  registries: Map<string, Registry>,
  existing: ExistingVendors,
  unattributed: UnattributedName[],
): { id: string; name: string }[] {
  const found = new Map<string, { id: string; name: string }>();
  const registry = registries.get(vendor);
  for (const name of names) {
    const actor =
      registry?.get(name) ?? (existing.has(vendor) ? liveActor(existing, vendor, name) : undefined);
    if (actor) {
      found.set(actor.id, actor);
      continue;
    }
    const reason = existing.has(vendor)
      ? `not in vendors/${vendor}.yaml`
      : `there is no vendors/${vendor}.yaml`;
    unattributed.push({ name, actor: `line ${row.line}`, reason });
  }
  return [...found.values()];
}
