import type { Relation } from "./types.js";

/** The relation read the other way: B part-of A when A includes B; same and overlaps are symmetric. */
export function reverseRelation(relation: Relation): Relation {
  if (relation === "includes") return "part-of";
  if (relation === "part-of") return "includes";
  return relation;
}

/** A relation that links two clusters rather than joining them. */
export type PartialRelation = Exclude<Relation, "same">;

export function isPartial(relation: Relation): relation is PartialRelation {
  return relation !== "same";
}
