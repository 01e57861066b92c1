// Generated from schema/registry.schema.json by scripts/schema/generate-types.ts. Do not edit: run `npm run generate`.

/**
 * a lower-case UUID version 4
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "uuid".
 */
export type Uuid = string;
/**
 * an actor key like "microsoft/midnight-blizzard" (vendor id/actor id)
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "actorKey".
 */
export type ActorKey = string;
/**
 * a quoted UTC time with milliseconds like "2025-06-02T00:00:00.000Z"
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "timestamp".
 */
export type Timestamp = string;
/**
 * a lower-case slug like "microsoft" (letters a-z, digits and single hyphens)
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "vendorId".
 */
export type VendorId = string;

/**
 * data/clusters.yaml: stable ids for what the vendor files do not hold (clusters, vendor identities, relationships). Written by `actormap fix`.
 */
export interface RegistryFile {
  /**
   * a list of clusters
   */
  clusters: RegistryCluster[];
  /**
   * a list of former cluster uuids and the cluster that absorbed each
   */
  redirects: RegistryRedirect[];
  /**
   * a block of vendor id: STIX identity uuid
   */
  identities: {
    [k: string]: Uuid;
  };
  /**
   * a list of relationships between clusters
   */
  relationships: RegistryRelationship[];
}
/**
 * a cluster with uuid, members, created, modified and hash
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "cluster".
 */
export interface RegistryCluster {
  uuid: Uuid;
  /**
   * a list of actor keys, sorted
   */
  members: ActorKey[];
  created: Timestamp;
  modified: Timestamp;
  /**
   * a sha256 in lower-case hex (64 characters) of the cluster's content
   */
  hash: string;
}
/**
 * a redirect with from and to
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "redirect".
 */
export interface RegistryRedirect {
  from: Uuid;
  to: Uuid;
}
/**
 * a relationship with uuid, source, target, relation, created and modified
 *
 * This interface was referenced by `RegistryFile`'s JSON-Schema
 * via the `definition` "relationship".
 */
export interface RegistryRelationship {
  uuid: Uuid;
  source: Uuid;
  target: Uuid;
  /**
   * one of overlaps, includes, part-of
   */
  relation: "overlaps" | "includes" | "part-of";
  created: Timestamp;
  modified: Timestamp;
}
