import type {
  ChangesFile,
  MappingChange,
  MappingRef,
  Relation,
  SourcesChange,
} from "../generated/changes-file.js";
import type { ExportFile, Mapping, MappingSource } from "../generated/export-file.js";
import { sortByText } from "./sort.js";

export function inverseRelation(relation: Relation): Relation {
  if (relation === "includes") return "part-of";
  if (relation === "part-of") return "includes";
  return relation;
}

/** A mapping identified by its actors' uuids, so renaming an actor's id does not re-add it. */
interface PairedMapping {
  mapping: Mapping;
  /** Actor uuids, a < b. */
  a: string;
  b: string;
  /** The relation read from a to b. */
  relation: Relation;
  /** True when the export writes the mapping from b to a. */
  swapped: boolean;
}

function pairMappings(data: ExportFile): Map<string, PairedMapping> {
  const uuidOf = new Map(data.actors.map((actor) => [actor.key, actor.uuid]));
  const pairs = new Map<string, PairedMapping>();
  for (const mapping of data.mappings) {
    const from = uuidOf.get(mapping.from) ?? mapping.from;
    const to = uuidOf.get(mapping.to) ?? mapping.to;
    const swapped = to < from;
    const [a, b] = swapped ? [to, from] : [from, to];
    const relation = swapped ? inverseRelation(mapping.relation) : mapping.relation;
    pairs.set(`${a} ${b}`, { mapping, a, b, relation, swapped });
  }
  return pairs;
}

function sourceId(source: MappingSource): string {
  return `${source.vendor}\t${source.url}\t${source.since ?? ""}`;
}

function sourcesMinus(a: MappingSource[], b: MappingSource[]): MappingSource[] {
  const other = new Set(b.map(sourceId));
  return sortByText(
    a.filter((s) => !other.has(sourceId(s))),
    (s) => s.vendor,
    (s) => s.url,
  );
}

const ref = (m: Mapping): MappingRef => ({
  from: m.from,
  to: m.to,
  relation: m.relation,
  status: m.status,
});

export function compareMappings(before: ExportFile, after: ExportFile): ChangesFile["mappings"] {
  const old = pairMappings(before);
  const next = pairMappings(after);
  const added: MappingRef[] = [];
  const changed: MappingChange[] = [];
  const sources: SourcesChange[] = [];
  for (const [id, pair] of next) {
    const previous = old.get(id);
    const m = pair.mapping;
    if (!previous) {
      added.push(ref(m));
      continue;
    }
    // Read the old relation in the direction the new mapping is written.
    const oldRelation = pair.swapped ? inverseRelation(previous.relation) : previous.relation;
    if (oldRelation !== m.relation || previous.mapping.status !== m.status) {
      changed.push({
        from: m.from,
        to: m.to,
        old_relation: oldRelation,
        relation: m.relation,
        old_status: previous.mapping.status,
        status: m.status,
      });
      continue;
    }
    const gained = sourcesMinus(m.sources, previous.mapping.sources);
    const lost = sourcesMinus(previous.mapping.sources, m.sources);
    if (gained.length > 0 || lost.length > 0) {
      sources.push({ from: m.from, to: m.to, added: gained, removed: lost });
    }
  }
  const removed = [...old].filter(([id]) => !next.has(id)).map(([, pair]) => ref(pair.mapping));
  const byPair = [(x: { from: string }) => x.from, (x: { to: string }) => x.to] as const;
  return {
    added: sortByText(added, ...byPair),
    removed: sortByText(removed, ...byPair),
    changed: sortByText(changed, ...byPair),
    sources: sortByText(sources, ...byPair),
  };
}
