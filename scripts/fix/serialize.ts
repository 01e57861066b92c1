// Canonical form of the data files: what `actormap fix` writes and `actormap validate` expects.
import type { VendorFile } from "../generated/vendor-file.js";
import type { CommentMap } from "../load/comments.js";
import type { RegistryFile } from "../load/types.js";
import { emitLayout, emitYaml, type WrittenNode } from "./yaml-emitter.js";

/** Line 1 of every vendor file: lets editors validate and complete it. */
export const vendorFileHeader = "# yaml-language-server: $schema=../../schema/vendor.schema.json";

export const registryFileHeader = [
  "# Written by `npx actormap fix`: stable ids for clusters, vendor identities and relationships.",
  "# Do not edit by hand; ids listed here are never reused.",
];

const vendorKeyOrder = {
  "": ["vendor", "actors"],
  vendor: ["id", "name", "url", "provenance", "maintainers", "naming"],
  "actors.*": [
    "id",
    "uuid",
    "name",
    "aliases",
    "origin",
    "category",
    "status",
    "merged_into",
    "first_seen",
    "references",
    "mappings",
  ],
  "actors.*.mappings.*": ["vendor", "actor", "relation", "source", "since"],
};

const registryKeyOrder = {
  "": ["clusters", "redirects", "identities", "relationships"],
  "clusters.*": ["uuid", "members", "created", "modified", "hash"],
  "redirects.*": ["from", "to"],
  "relationships.*": ["uuid", "source", "target", "relation", "created", "modified"],
};

/**
 * The canonical text of a vendor file: actors sorted by id, keys in schema order, block lists.
 * `comments` (from `SourceFile.comments()`) index `data` as it was read, so they move with their
 * actor when sorting reorders the list.
 */
export function serializeVendorFile(data: VendorFile, comments?: CommentMap): string {
  return emitYaml([vendorFileHeader], data, { ...vendorLayout, comments });
}

/** Where `serializeVendorFile(data)` (without comments) writes each node. */
export function vendorFileLayout(data: VendorFile): WrittenNode {
  return emitLayout([vendorFileHeader], data, vendorLayout);
}

const vendorLayout = {
  keyOrder: vendorKeyOrder,
  sortBy: { actors: (actor: unknown) => String((actor as { id?: unknown }).id ?? "") },
};

/** The canonical text of `data/clusters.yaml`; lists are written in the order given. */
export function serializeRegistry(registry: RegistryFile): string {
  return emitYaml(registryFileHeader, registry, {
    keyOrder: registryKeyOrder,
  });
}
