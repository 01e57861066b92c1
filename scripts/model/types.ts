import type { Actor } from "../generated/vendor-file.js";
import type { NodePath, SourceFile } from "../load/types.js";

export type Relation = "same" | "overlaps" | "includes" | "part-of";

/** An actor of one vendor, keyed `vendor/id`. */
export interface ModelActor {
  key: string;
  vendor: string;
  id: string;
  data: Actor;
  file: SourceFile;
  /** Where the actor sits in its file: ["actors", i]. */
  path: NodePath;
}

/** One mapping as a vendor file states it. */
export interface Claim {
  /** Key of the actor whose file states the mapping. */
  from: string;
  /** Key of the target actor, or undefined when the target vendor or name is unknown. */
  to: string | undefined;
  /** The target as written. */
  vendor: string;
  actor: string;
  /** As written, `same` when left out. */
  relation: Relation;
  source: string;
  since: string | undefined;
  file: SourceFile;
  /** ["actors", i, "mappings", j] */
  path: NodePath;
}

/** The union of both sides' claims about one pair of actors. */
export interface Edge {
  /** Actor keys with a < b (code-unit order). */
  a: string;
  b: string;
  /** The relation read from a to b; when claims disagree, the first claim's (see `conflict`). */
  relation: Relation;
  /** True when the claims state incompatible relations (reported by relation-mismatch). */
  conflict: boolean;
  claims: Claim[];
  /** mutual when both actors' files state it. */
  status: "mutual" | "one-sided";
}

/** A connected component of `same` edges; singletons included. */
export interface ModelCluster {
  /** Actor keys, sorted. */
  members: string[];
}

export interface Model {
  /** Vendor id → its file, sorted by id. */
  vendors: Map<string, SourceFile>;
  /** Vendor ids whose file exists but could not be read: rules skip claims into them. */
  unreadable: Set<string>;
  /** Actor key → actor, in vendor then file order. */
  actors: Map<string, ModelActor>;
  /** Vendor id → normalised name key (id, name or alias) → actor keys it names. */
  names: Map<string, Map<string, string[]>>;
  claims: Claim[];
  /** Sorted by a, then b. */
  edges: Edge[];
  /** Sorted by first member. */
  clusters: ModelCluster[];
  /** Actor key → index into clusters. */
  clusterOf: Map<string, number>;
}
