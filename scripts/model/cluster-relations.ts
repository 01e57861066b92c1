import { compareText } from "../core/diagnostic.js";
import type { RegistryRelationship } from "../load/types.js";
import type { PartialRelation } from "./relation.js";
import type { Model } from "./types.js";

/** A relation between two clusters, stored once: `includes` rather than `part-of`, `overlaps` from the smaller uuid. */
export interface ClusterRelation {
  source: string;
  target: string;
  relation: "overlaps" | "includes";
}

export function canonicalRelation(
  source: string,
  target: string,
  relation: PartialRelation | RegistryRelationship["relation"],
): ClusterRelation {
  if (relation === "part-of") return { source: target, target: source, relation: "includes" };
  if (relation === "overlaps" && compareText(target, source) < 0) {
    return { source: target, target: source, relation };
  }
  return { source, target, relation };
}

export function relationKey(relation: ClusterRelation): string {
  return `${relation.source} ${relation.target} ${relation.relation}`;
}

/**
 * The partial relations between clusters, from the uncontested overlaps/includes/part-of edges
 * whose ends lie in different clusters; one per (source, target, relation), sorted.
 */
export function clusterRelations(model: Model, clusterUuids: readonly string[]): ClusterRelation[] {
  const relations = new Map<string, ClusterRelation>();
  for (const edge of model.edges) {
    if (edge.conflict || edge.relation === "same") continue;
    const a = clusterUuids[model.clusterOf.get(edge.a) as number] as string;
    const b = clusterUuids[model.clusterOf.get(edge.b) as number] as string;
    if (a === b) continue;
    const relation = canonicalRelation(a, b, edge.relation);
    relations.set(relationKey(relation), relation);
  }
  return [...relations.values()].sort(compareRelations);
}

export function compareRelations(x: ClusterRelation, y: ClusterRelation): number {
  return (
    compareText(x.source, y.source) ||
    compareText(x.target, y.target) ||
    compareText(x.relation, y.relation)
  );
}
