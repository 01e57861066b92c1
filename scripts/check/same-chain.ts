import type { Edge, Model } from "../model/types.js";

/** Non-conflicting `same` edges by actor: the links clusters are made of. */
export function sameAdjacency(model: Model): Map<string, Edge[]> {
  const adjacency = new Map<string, Edge[]>();
  for (const edge of model.edges) {
    if (edge.relation !== "same" || edge.conflict) continue;
    for (const key of [edge.a, edge.b]) {
      const list = adjacency.get(key);
      if (list) list.push(edge);
      else adjacency.set(key, [edge]);
    }
  }
  return adjacency;
}

/** One hop of a chain: `from` and `to` joined by `edge`. */
export interface Hop {
  from: string;
  to: string;
  edge: Edge;
}

/**
 * Shortest chains of `same` edges from `start` to every actor of its cluster (breadth-first;
 * neighbours in edge order, so the answer is deterministic).
 */
export function chainsFrom(
  start: string,
  adjacency: Map<string, Edge[]>,
): (target: string) => Hop[] {
  const via = new Map<string, Hop | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i] as string;
    for (const edge of adjacency.get(from) ?? []) {
      const to = edge.a === from ? edge.b : edge.a;
      if (via.has(to)) continue;
      via.set(to, { from, to, edge });
      queue.push(to);
    }
  }
  return (target) => {
    const hops: Hop[] = [];
    for (let hop = via.get(target); hop; hop = via.get(hop.from)) hops.push(hop);
    return hops.reverse();
  };
}
