import { UserError } from "../cli/command.js";
import { nameKey } from "../core/normalize.js";
import type { Actor, Mapping, VendorFile } from "../generated/vendor-file.js";
import type { ImportedActor, ImportedVendor } from "./types.js";

/** What merging one import into one vendor file did. Actor ids, sorted as the input was. */
export interface MergeReport {
  vendor: string;
  created: boolean;
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Things the file has and the input does not: kept, listed so a maintainer can decide. */
  kept: { actors: string[]; aliases: string[]; mappings: string[] };
}

/** Resolves a mapping target to the target actor's id, when that vendor's file is known. */
export type ResolveTarget = (vendor: string, name: string) => string | undefined;

/**
 * Merges imported actors into a vendor file without losing anything curated: existing actors
 * keep their id, uuid, position and every field the input does not state; names, aliases,
 * references and mappings are only ever added or updated, never removed. An actor is matched
 * by id, then by its name or an alias. Existing list items keep their indexes, so comments
 * attached to them (by path) stay where they were.
 */
export function mergeVendor(
  existing: VendorFile | undefined,
  imported: ImportedVendor,
  resolve: ResolveTarget,
): { data: VendorFile; report: MergeReport } {
  const data: VendorFile = existing
    ? structuredClone(existing)
    : { vendor: structuredClone(imported.vendor), actors: [] };
  const report: MergeReport = {
    vendor: data.vendor.id,
    created: existing === undefined,
    added: [],
    updated: [],
    unchanged: [],
    kept: { actors: [], aliases: [], mappings: [] },
  };
  const unmatched = new Set(data.actors);
  for (const incoming of imported.actors) {
    const current = findActor([...unmatched], incoming);
    if (!current) {
      data.actors.push(newActor(incoming));
      report.added.push(incoming.id);
      continue;
    }
    unmatched.delete(current);
    const before = JSON.stringify(current);
    updateActor(current, incoming, imported.source, resolve, report);
    (JSON.stringify(current) === before ? report.unchanged : report.updated).push(current.id);
  }
  report.kept.actors = [...unmatched].map((actor) => actor.id);
  return { data, report };
}

function findActor(candidates: Actor[], incoming: ImportedActor): Actor | undefined {
  const names = (actor: { name: string; aliases?: string[] }) =>
    [actor.name, ...(actor.aliases ?? [])].map(nameKey);
  const incomingNames = names(incoming);
  return (
    candidates.find((actor) => actor.id === incoming.id) ??
    candidates.find((actor) => names(actor).includes(nameKey(incoming.name))) ??
    candidates.find((actor) => names(actor).some((key) => incomingNames.includes(key)))
  );
}

function newActor(incoming: ImportedActor): Actor {
  if (incoming.id === "") {
    throw new UserError(
      `cannot make an actor id from the name "${incoming.name}": give it a Latin-letter name`,
    );
  }
  return {
    ...incoming,
    category: incoming.category ?? "unknown",
    status: incoming.status ?? "active",
  };
}

function updateActor(
  actor: Actor,
  incoming: ImportedActor,
  source: string,
  resolve: ResolveTarget,
  report: MergeReport,
): void {
  // A renamed actor keeps its former name as an alias: names are never lost.
  const names = [actor.name, ...(actor.aliases ?? []), ...(incoming.aliases ?? [])];
  actor.name = incoming.name;
  const incomingAliases = new Set((incoming.aliases ?? []).map(nameKey));
  const aliases = unique(names.filter((name) => nameKey(name) !== nameKey(incoming.name)));
  for (const alias of actor.aliases ?? []) {
    if (!incomingAliases.has(nameKey(alias)) && nameKey(alias) !== nameKey(incoming.name)) {
      report.kept.aliases.push(`${actor.id}: ${alias}`);
    }
  }
  setList(actor, "aliases", aliases);
  if (incoming.origin) actor.origin = incoming.origin;
  if (incoming.category) actor.category = incoming.category;
  if (incoming.status) {
    actor.status = incoming.status;
    if (incoming.merged_into) actor.merged_into = incoming.merged_into;
    else delete actor.merged_into;
  }
  if (incoming.first_seen) actor.first_seen = incoming.first_seen;
  setList(actor, "references", [
    ...new Set([...(actor.references ?? []), ...(incoming.references ?? [])]),
  ]);
  mergeMappings(actor, incoming.mappings ?? [], source, resolve, report);
}

function mergeMappings(
  actor: Actor,
  incoming: Mapping[],
  source: string,
  resolve: ResolveTarget,
  report: MergeReport,
): void {
  const target = (m: Mapping) => `${m.vendor}/${resolve(m.vendor, m.actor) ?? nameKey(m.actor)}`;
  const mappings = actor.mappings ?? [];
  const stated = new Set(incoming.map(target));
  for (const mapping of incoming) {
    const current = mappings.find((m) => target(m) === target(mapping));
    if (!current) mappings.push({ ...mapping });
    else {
      current.relation = mapping.relation ?? "same";
      current.source = mapping.source;
      if (mapping.since) current.since = mapping.since;
    }
  }
  for (const mapping of mappings) {
    if (mapping.source === source && !stated.has(target(mapping))) {
      report.kept.mappings.push(`${actor.id} → ${mapping.vendor}: ${mapping.actor}`);
    }
  }
  setList(actor, "mappings", mappings);
}

function setList<K extends "aliases" | "references" | "mappings">(
  actor: Actor,
  key: K,
  list: Actor[K],
): void {
  if (list && list.length > 0) actor[key] = list;
  else delete actor[key];
}

/** First of each normalised name, in order. */
function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
