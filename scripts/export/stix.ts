import { createHash } from "node:crypto";
import { UserError } from "../cli/command.js";
import { compareText } from "../core/diagnostic.js";
import type { Actor, Cluster, ExportFile, Vendor } from "../generated/export-file.js";
import type { RegistryRelationship } from "../load/types.js";
import { reverseRelation } from "../model/relation.js";
import { attackId, attackUrl, type ResolvedCluster, resolveClusters } from "./cluster-names.js";
import {
  actormapExtension,
  publisher,
  repositoryUrl,
  specVersion,
  tlp2ExtensionDefinition,
  tlpClearId,
  tlpClearMarking,
} from "./stix-constants.js";

export type StixObject = { type: string; id: string } & Record<string, unknown>;

export interface StixBundle {
  type: "bundle";
  id: string;
  objects: StixObject[];
}

/** What every object actormap writes carries (the spec version, the publisher, TLP:CLEAR). */
function common(type: string, uuid: string, created: string, modified: string) {
  return {
    type,
    spec_version: specVersion,
    id: `${type}--${uuid}`,
    created: stixTimestamp(created),
    modified: stixTimestamp(modified < created ? created : modified),
    created_by_ref: publisher.id,
    object_marking_refs: [tlpClearId],
  };
}

/** STIX timestamps in UTC with exactly three decimals: 2025-06-02T00:00:00.000Z. */
function stixTimestamp(iso: string): string {
  return new Date(iso).toISOString();
}

function extension(properties: Record<string, unknown>) {
  return { [actormapExtension.id]: { extension_type: "property-extension", ...properties } };
}

/** A list property, left out when empty (STIX forbids empty lists). */
function list<T>(items: T[]): T[] | undefined {
  return items.length === 0 ? undefined : items;
}

function uuidOf(stixId: string): string {
  return stixId.slice(stixId.indexOf("--") + 2);
}

/**
 * actormap.stix.json: one intrusion-set per cluster, a related-to relationship per partial
 * relation between clusters, an identity per vendor and for the publisher, the TLP:CLEAR marking
 * and the extension definitions. Every id comes from the data or the registry.
 */
export function buildStixBundle(
  data: ExportFile,
  relationships: RegistryRelationship[],
  clusters: ResolvedCluster[] = resolveClusters(data),
): StixBundle {
  const dates = vendorDates(data);
  const objects: StixObject[] = [
    tlpClearMarking,
    tlp2ExtensionDefinition,
    publisherIdentity(),
    extensionDefinition(),
    ...data.vendors.map((vendor) => vendorIdentity(vendor, dates.get(vendor.id))),
    ...clusters.map(intrusionSet),
    ...relatedTo(data.clusters, relationships),
  ].sort((x, y) => compareText(x.id, y.id));
  // The objects are built in a fixed order, so plain JSON is as stable as canonical JSON here.
  return { type: "bundle", id: `bundle--${contentUuid(JSON.stringify(objects))}`, objects };
}

/**
 * A UUIDv4-shaped id from a hash of the bundle's objects: the same content gets the same
 * bundle id, a changed one a new id, with no clock and no randomness.
 */
function contentUuid(text: string): string {
  const hex = createHash("sha256").update(text).digest("hex");
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function publisherIdentity(): StixObject {
  return {
    ...common("identity", uuidOf(publisher.id), publisher.created, publisher.modified),
    name: publisher.name,
    identity_class: "organization",
    description: "actormap, the cross-vendor threat-actor naming map: publisher of this bundle.",
    external_references: [{ source_name: "actormap", url: repositoryUrl }],
  };
}

function extensionDefinition(): StixObject {
  return {
    ...common(
      "extension-definition",
      uuidOf(actormapExtension.id),
      actormapExtension.created,
      actormapExtension.modified,
    ),
    name: "actormap",
    description:
      "actormap's properties: the vendor and provenance of a vendor identity, the actor keys and origins of an intrusion set, and the kind of a related-to relationship (overlaps, includes, part-of).",
    schema: actormapExtension.schema,
    version: actormapExtension.version,
    extension_types: ["property-extension"],
  };
}

/** Vendor id → the earliest created and latest modified date of the clusters holding its actors. */
function vendorDates(data: ExportFile): Map<string, { created: string; modified: string }> {
  const clusters = new Map(data.clusters.map((c) => [c.uuid, c]));
  const dates = new Map<string, { created: string; modified: string }>();
  for (const actor of data.actors) {
    const cluster = clusters.get(actor.cluster);
    if (!cluster) continue;
    const known = dates.get(actor.vendor);
    dates.set(actor.vendor, {
      created: known && known.created < cluster.created ? known.created : cluster.created,
      modified: known && known.modified > cluster.modified ? known.modified : cluster.modified,
    });
  }
  return dates;
}

/** A vendor without actors (so without dates of its own) takes the publisher's dates. */
function vendorIdentity(
  vendor: Vendor,
  { created, modified }: { created: string; modified: string } = publisher,
): StixObject {
  return {
    ...common("identity", vendor.identity, created, modified),
    name: vendor.name,
    identity_class: "organization",
    description: vendor.naming,
    external_references: [{ source_name: vendor.id, url: vendor.url }],
    extensions: extension({ vendor: vendor.id, provenance: vendor.provenance }),
  };
}

/** How a source names the group; ATT&CK's as ATT&CK writes it (source_name, external_id, url). */
function externalReference(actor: Actor) {
  const id = attackId(actor);
  if (id) return { source_name: "mitre-attack", external_id: id, url: attackUrl(id) };
  return { source_name: actor.vendor, external_id: actor.name, url: actor.references[0] };
}

function intrusionSet({
  cluster,
  members,
  otherNames,
  namesByVendor,
}: ResolvedCluster): StixObject {
  const references = members
    .map(externalReference)
    .sort(
      (x, y) =>
        Number(y.source_name === "mitre-attack") - Number(x.source_name === "mitre-attack") ||
        compareText(x.source_name, y.source_name) ||
        compareText(x.external_id, y.external_id),
    );
  const origins = [...new Set(members.flatMap((a) => a.origin ?? []))].sort(compareText);
  return {
    ...common("intrusion-set", cluster.uuid, cluster.created, cluster.modified),
    name: cluster.label,
    description: namesByVendor,
    aliases: list(otherNames),
    external_references: references,
    extensions: extension({
      actors: members.map((a) => a.key).sort(compareText),
      origins: list(origins),
    }),
  };
}

/** One related-to relationship per pair of related clusters, with its registry uuid and dates. */
function relatedTo(clusters: Cluster[], registry: RegistryRelationship[]): StixObject[] {
  const labels = new Map(clusters.map((c) => [c.uuid, c.label]));
  const byEnds = new Map(registry.map((r) => [`${r.source}\n${r.target}\n${r.relation}`, r]));
  const found = new Map<string, RegistryRelationship>();
  for (const cluster of clusters) {
    for (const { relation, cluster: other } of cluster.relations) {
      const entry =
        byEnds.get(`${cluster.uuid}\n${other}\n${relation}`) ??
        byEnds.get(`${other}\n${cluster.uuid}\n${reverseRelation(relation)}`);
      if (!entry) {
        throw new UserError(
          `data/clusters.yaml is stale (no relationship for ${cluster.uuid} ${relation} ${other}): run \`actormap fix\``,
        );
      }
      found.set(entry.uuid, entry);
    }
  }
  return [...found.values()].map((r) => ({
    ...common("relationship", r.uuid, r.created, r.modified),
    relationship_type: "related-to",
    description: `${labels.get(r.source)} ${r.relation} ${labels.get(r.target)}`,
    source_ref: `intrusion-set--${r.source}`,
    target_ref: `intrusion-set--${r.target}`,
    extensions: extension({ relation: r.relation }),
  }));
}
