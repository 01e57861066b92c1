import { createHash } from "node:crypto";
import { compareText } from "../core/diagnostic.js";
import { relationFrom } from "./build-model.js";
import { isPartial } from "./relation.js";
import type { Edge, Model, ModelCluster } from "./types.js";

/** Partial (overlaps, includes, part-of) edges that no claim contradicts, by actor key. */
export function partialEdgesByActor(model: Model): Map<string, Edge[]> {
  const byActor = new Map<string, Edge[]>();
  for (const edge of model.edges) {
    if (edge.conflict || !isPartial(edge.relation)) continue;
    for (const key of [edge.a, edge.b]) {
      const list = byActor.get(key);
      if (list) list.push(edge);
      else byActor.set(key, [edge]);
    }
  }
  return byActor;
}

/**
 * sha256 (hex) of a cluster's content as canonical JSON: each member with its name, aliases and
 * status, and each partial relation of a member read from that member. Anything that changes
 * what an export says about the cluster changes the hash.
 */
export function clusterHash(
  model: Model,
  cluster: ModelCluster,
  partialEdges: Map<string, Edge[]>,
): string {
  const members = cluster.members.map((key) => {
    const data = model.actors.get(key)?.data;
    const aliases = [...(data?.aliases ?? [])].sort(compareText);
    return [key, data?.name ?? "", aliases, data?.status ?? ""];
  });
  const relations: string[][] = [];
  for (const key of cluster.members) {
    for (const edge of partialEdges.get(key) ?? []) {
      const other = edge.a === key ? edge.b : edge.a;
      const claim = edge.claims[0];
      if (claim) relations.push([key, relationFrom(key, claim), other]);
    }
  }
  relations.sort((x, y) => compareText(x.join("\n"), y.join("\n")));
  return createHash("sha256").update(JSON.stringify({ members, relations })).digest("hex");
}
