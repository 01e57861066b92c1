// Generated from schema/export.schema.json by scripts/schema/generate-types.ts. Do not edit: run `npm run generate`.

/**
 * a vendor slug like "microsoft"
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "vendorId".
 */
export type VendorId = string;
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * a web address
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * an actor key: `<vendor id>/<actor id>`, e.g. "microsoft/midnight-blizzard"
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "actorKey".
 */
export type ActorKey = string;
/**
 * a lower-case UUID version 4
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "uuid".
 */
export type Uuid = string;
/**
 * YYYY, YYYY-MM or YYYY-MM-DD
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "partialDate".
 */
export type PartialDate = string;
/**
 * a UTC timestamp with milliseconds, e.g. 2025-06-02T00:00:00.000Z
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "timestamp".
 */
export type Timestamp = string;
/**
 * overlaps (shared activity), includes (the other side is a subset of this one), part-of (this side is a subset of the other)
 *
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "partialRelation".
 */
export type PartialRelation = "overlaps" | "includes" | "part-of";

/**
 * actormap.json: the merged cross-vendor threat-actor naming map, as published by `actormap build`. Every array is sorted (see each field); keys and arrays are stable from one release to the next.
 */
export interface ExportFile {
  /**
   * version of this schema; a major change means consumers must adapt
   */
  schema_version: "1.0.0";
  /**
   * semantic version of the dataset (0.0.0-dev for a local build)
   */
  version: string;
  /**
   * naming authorities, sorted by id
   */
  vendors: Vendor[];
  /**
   * every actor of every vendor, sorted by key
   */
  actors: Actor[];
  /**
   * one entry per pair of mapped actors (the union of both sides' claims), sorted by from, then to
   */
  mappings: Mapping[];
  /**
   * connected components of `same` mappings (singletons included), sorted by uuid
   */
  clusters: Cluster[];
  /**
   * former cluster uuids and the cluster that absorbed them, sorted by from
   */
  redirects: Redirect[];
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "vendor".
 */
export interface Vendor {
  id: VendorId;
  name: Name;
  url: Url;
  /**
   * official: maintained by the authority itself; curated: compiled from public sources
   */
  provenance: "official" | "curated";
  /**
   * the vendor's naming scheme, when its file describes it
   */
  naming?: string;
  /**
   * uuid of the vendor's STIX identity (identity--<uuid> in actormap.stix.json)
   */
  identity: string;
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "actor".
 */
export interface Actor {
  key: ActorKey;
  uuid: Uuid;
  vendor: VendorId;
  id: string;
  name: Name;
  /**
   * the vendor's own other or former names, in the vendor file's order
   */
  aliases: Name[];
  /**
   * ISO 3166-1 alpha-2 country code; absent when unknown
   */
  origin?: string;
  category:
    | "nation-state"
    | "financially-motivated"
    | "private-sector-offensive"
    | "influence-operations"
    | "hacktivist"
    | "in-development"
    | "unknown";
  status: "active" | "retired" | "merged";
  /**
   * an actor key: `<vendor id>/<actor id>`, e.g. "microsoft/midnight-blizzard"
   */
  merged_into?: string;
  first_seen?: PartialDate;
  /**
   * public sources about the actor, in the vendor file's order
   */
  references: Url[];
  /**
   * a lower-case UUID version 4
   */
  cluster: string;
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "mapping".
 */
export interface Mapping {
  from: ActorKey;
  to: ActorKey;
  /**
   * the relation read from `from` to `to`
   */
  relation: "same" | "overlaps" | "includes" | "part-of";
  /**
   * mutual when both actors' vendors state the mapping
   */
  status: "mutual" | "one-sided";
  /**
   * who asserts the mapping and where it was published, sorted by vendor, then url
   *
   * @minItems 1
   */
  sources: [MappingSource, ...MappingSource[]];
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "mappingSource".
 */
export interface MappingSource {
  /**
   * a vendor slug like "microsoft"
   */
  vendor: string;
  /**
   * a web address
   */
  url: string;
  since?: PartialDate;
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "cluster".
 */
export interface Cluster {
  uuid: Uuid;
  /**
   * a display name chosen by the documented label rule (docs/exports.md)
   */
  label: string;
  /**
   * actor keys, sorted
   *
   * @minItems 1
   */
  members: [ActorKey, ...ActorKey[]];
  /**
   * partial relations to other clusters, sorted by cluster, then relation
   */
  relations: ClusterRelation[];
  created: Timestamp;
  modified: Timestamp;
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "clusterRelation".
 */
export interface ClusterRelation {
  /**
   * the relation read from this cluster to `cluster`
   */
  relation: "overlaps" | "includes" | "part-of";
  cluster: Uuid;
}
/**
 * This interface was referenced by `ExportFile`'s JSON-Schema
 * via the `definition` "redirect".
 */
export interface Redirect {
  /**
   * a lower-case UUID version 4
   */
  from: string;
  /**
   * a lower-case UUID version 4
   */
  to: string;
}
