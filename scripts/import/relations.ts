import type { Relation } from "../model/types.js";

/** One correspondence a list states between its actor and another vendor's actor. */
export interface Link {
  /** The list's actor (e.g. a Microsoft name). */
  from: string;
  /** The other vendor's actor, as a key that is equal for equal actors. */
  to: string;
}

/**
 * The relation each link states, read from `from` to `to`, decided by how many partners each
 * side has among the links: a target listed on several actors is larger than each of them
 * (`part-of`), an actor listing several targets is larger than each (`includes`), several on both
 * sides only `overlaps`, and one-to-one is `same`. So one vendor name covering several actors of
 * another vendor never becomes several `same` claims.
 */
export function relationsOf(links: readonly Link[]): Map<Link, Relation> {
  const targetsOf = countBy(links, (link) => link.from);
  const sourcesOf = countBy(links, (link) => link.to);
  const relations = new Map<Link, Relation>();
  for (const link of links) {
    const manyTargets = (targetsOf.get(link.from) ?? 0) > 1;
    const manySources = (sourcesOf.get(link.to) ?? 0) > 1;
    relations.set(
      link,
      manyTargets && manySources
        ? "overlaps"
        : manySources
          ? "part-of"
          : manyTargets
            ? "includes"
            : "same",
    );
  }
  return relations;
}

/** The same relation read from the other side. */
export function reverseRelation(relation: Relation): Relation {
  return relation === "includes" ? "part-of" : relation === "part-of" ? "includes" : relation;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
