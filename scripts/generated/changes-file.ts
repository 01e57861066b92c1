// Generated from schema/changes.schema.json by scripts/schema/generate-types.ts. Do not edit: run `npm run generate`.

/**
 * major: a consumer may break; minor: additions and compatible changes of meaning; patch: text corrections; none: no change
 *
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "bump".
 */
export type Bump = "major" | "minor" | "patch" | "none";
/**
 * a field's value; null when absent
 *
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "fieldValue".
 */
export type FieldValue = string | string[] | null;
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "mappingStatus".
 */
export type MappingStatus = "mutual" | "one-sided";
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "relation".
 */
export type Relation = "same" | "overlaps" | "includes" | "part-of";

/**
 * CHANGES.json: what changed between two actormap.json exports, compared by uuid (not by name), and the semantic-version bump the policy in docs/versioning.md implies. Written by `actormap diff --format json` and attached to every release. Every array is sorted (see each field); the same two exports always give the same bytes.
 */
export interface ChangesFile {
  /**
   * version of this schema
   */
  schema_version: "1.0.0";
  from: Side;
  to: Side;
  bump: Bump;
  /**
   * why the bump is what it is: one entry per kind of change, major first, then by code
   */
  reasons: Reason[];
  counts: Counts;
  vendors: {
    /**
     * sorted by id
     */
    added: VendorRef[];
    /**
     * sorted by id
     */
    removed: VendorRef[];
    /**
     * sorted by vendor, then field
     */
    edited: VendorEdit[];
  };
  actors: {
    /**
     * sorted by key
     */
    added: ActorRef[];
    /**
     * sorted by key (the old key)
     */
    removed: ActorRef[];
    /**
     * same uuid, new name or id; sorted by key
     */
    renamed: ActorRename[];
    /**
     * sorted by key
     */
    aliases: AliasChange[];
    /**
     * sorted by key
     */
    status: StatusChange[];
    /**
     * origin, category, first_seen, references; sorted by key, then field
     */
    edited: ActorEdit[];
  };
  mappings: {
    /**
     * sorted by from, then to
     */
    added: MappingRef[];
    /**
     * keys as they were; sorted by from, then to
     */
    removed: MappingRef[];
    /**
     * relation or mutual/one-sided changed; sorted by from, then to
     */
    changed: MappingChange[];
    /**
     * same relation and status, different published sources; sorted by from, then to
     */
    sources: SourcesChange[];
  };
  clusters: {
    /**
     * a new cluster uuid; sorted by uuid
     */
    created: ClusterRef[];
    /**
     * a cluster uuid gone without a redirect; sorted by uuid
     */
    removed: ClusterRef[];
    /**
     * a cluster uuid gone with a new redirect to the cluster that absorbed it; sorted by from
     */
    merged: ClusterMerge[];
    /**
     * a cluster that kept its uuid but whose members moved to other clusters; sorted by uuid
     */
    split: ClusterSplit[];
    /**
     * sorted by uuid
     */
    relabelled: ClusterRelabel[];
    /**
     * each relation once, read from the cluster with the smaller uuid; sorted by cluster, other, relation
     */
    relations_added: ClusterRelationRef[];
    /**
     * as relations_added
     */
    relations_removed: ClusterRelationRef[];
  };
  redirects: {
    /**
     * sorted by from
     */
    added: RedirectRef[];
    /**
     * sorted by from
     */
    removed: RedirectRef[];
    /**
     * sorted by from
     */
    changed: RedirectChange[];
  };
}
/**
 * one of the two exports compared (`from` the older, `to` the newer); a first release compares against version 0.0.0 with no data
 *
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "side".
 */
export interface Side {
  /**
   * the export's dataset version
   */
  version: string;
  /**
   * the export's schema_version
   */
  schema_version: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "reason".
 */
export interface Reason {
  bump: "major" | "minor" | "patch";
  /**
   * the rule of docs/versioning.md that applies, e.g. actor-removed, same-mapping-removed, mapping-added
   */
  code: string;
  count: number;
  /**
   * one line for people, with up to three examples
   */
  message: string;
}
/**
 * how many entries each list of the file holds, by list
 *
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "counts".
 */
export interface Counts {
  vendors_added: number;
  vendors_removed: number;
  vendors_edited: number;
  actors_added: number;
  actors_removed: number;
  actors_renamed: number;
  actors_aliases: number;
  actors_status: number;
  actors_edited: number;
  mappings_added: number;
  mappings_removed: number;
  mappings_changed: number;
  mappings_sources: number;
  clusters_created: number;
  clusters_removed: number;
  clusters_merged: number;
  clusters_split: number;
  clusters_relabelled: number;
  clusters_relations_added: number;
  clusters_relations_removed: number;
  redirects_added: number;
  redirects_removed: number;
  redirects_changed: number;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "vendorRef".
 */
export interface VendorRef {
  id: string;
  name: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "vendorEdit".
 */
export interface VendorEdit {
  vendor: string;
  field: "name" | "url" | "provenance" | "naming" | "identity";
  old: FieldValue;
  new: FieldValue;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "actorRef".
 */
export interface ActorRef {
  uuid: string;
  key: string;
  vendor: string;
  name: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "actorRename".
 */
export interface ActorRename {
  uuid: string;
  key: string;
  vendor: string;
  name: string;
  old_key: string;
  old_name: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "aliasChange".
 */
export interface AliasChange {
  uuid: string;
  key: string;
  vendor: string;
  name: string;
  /**
   * sorted
   */
  added: string[];
  /**
   * sorted
   */
  removed: string[];
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "statusChange".
 */
export interface StatusChange {
  uuid: string;
  key: string;
  vendor: string;
  name: string;
  old: "active" | "retired" | "merged";
  new: "active" | "retired" | "merged";
  /**
   * actor key, when old is merged
   */
  old_merged_into?: string;
  /**
   * actor key, when new is merged
   */
  merged_into?: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "actorEdit".
 */
export interface ActorEdit {
  uuid: string;
  key: string;
  vendor: string;
  name: string;
  field: "origin" | "category" | "first_seen" | "references";
  old: FieldValue;
  new: FieldValue;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "mappingRef".
 */
export interface MappingRef {
  /**
   * actor key
   */
  from: string;
  /**
   * actor key
   */
  to: string;
  /**
   * read from `from` to `to`
   */
  relation: "same" | "overlaps" | "includes" | "part-of";
  status: MappingStatus;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "mappingChange".
 */
export interface MappingChange {
  from: string;
  to: string;
  /**
   * the former relation, read from `from` to `to`
   */
  old_relation: "same" | "overlaps" | "includes" | "part-of";
  relation: Relation;
  old_status: MappingStatus;
  status: MappingStatus;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "sourcesChange".
 */
export interface SourcesChange {
  from: string;
  to: string;
  added: MappingSource[];
  removed: MappingSource[];
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "mappingSource".
 */
export interface MappingSource {
  vendor: string;
  url: string;
  since?: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "clusterRef".
 */
export interface ClusterRef {
  uuid: string;
  label: string;
  /**
   * actor keys, sorted
   */
  members: string[];
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "clusterMerge".
 */
export interface ClusterMerge {
  /**
   * the cluster uuid that is gone
   */
  from: string;
  from_label: string;
  /**
   * the cluster it redirects to
   */
  into: string;
  /**
   * the label of `into` in the newer export (empty when `into` is not in it)
   */
  into_label: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "clusterSplit".
 */
export interface ClusterSplit {
  uuid: string;
  label: string;
  /**
   * former members now in another cluster, sorted by member
   */
  moved: {
    /**
     * actor key
     */
    member: string;
    /**
     * the member's new cluster uuid
     */
    cluster: string;
    cluster_label: string;
  }[];
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "clusterRelabel".
 */
export interface ClusterRelabel {
  uuid: string;
  old_label: string;
  label: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "clusterRelationRef".
 */
export interface ClusterRelationRef {
  /**
   * cluster uuid
   */
  cluster: string;
  /**
   * its label (from the export that holds the relation)
   */
  cluster_label: string;
  /**
   * read from `cluster` to `other`
   */
  relation: "overlaps" | "includes" | "part-of";
  /**
   * cluster uuid
   */
  other: string;
  /**
   * its label (empty when that export does not hold the cluster)
   */
  other_label: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "redirectRef".
 */
export interface RedirectRef {
  from: string;
  to: string;
}
/**
 * This interface was referenced by `ChangesFile`'s JSON-Schema
 * via the `definition` "redirectChange".
 */
export interface RedirectChange {
  from: string;
  old_to: string;
  to: string;
}
