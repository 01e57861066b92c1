import type { Diagnostic, Position } from "../core/diagnostic.js";
import type { RegistryFile } from "../generated/registry-file.js";
import type { VendorFile } from "../generated/vendor-file.js";
import type { CommentMap } from "./comments.js";

/** `data/clusters.yaml`, typed from schema/registry.schema.json. Written by `actormap fix`. */
export type {
  RegistryCluster,
  RegistryFile,
  RegistryRedirect,
  RegistryRelationship,
} from "../generated/registry-file.js";

/** A path into a parsed YAML value: keys and array indexes, e.g. ["actors", 3, "mappings", 0]. */
export type NodePath = readonly (string | number)[];

/** A vendor file that parsed and passed the JSON Schema. */
export interface SourceFile {
  /** Repository-relative path with `/`, e.g. `data/vendors/microsoft.yaml`. Never absolute. */
  file: string;
  /** The vendor id the file name implies (`microsoft` for microsoft.yaml). */
  vendorId: string;
  text: string;
  data: VendorFile;
  /**
   * 1-based position of the node at `path`. `key` points at a mapping key rather than its value.
   * Canonical files are not parsed again: positions come from where the canonical writer puts
   * each node.
   * A path that does not exist resolves to its deepest existing ancestor.
   */
  locate(path: NodePath, at?: "key" | "value"): Position;
  /**
   * The file's comments by data path, for `serializeVendorFile(data, comments)`. Like `locate`,
   * computed on first call.
   */
  comments(): CommentMap;
}

/** Everything read from a data folder. */
export interface LoadedData {
  /** The data folder as given, for messages; paths in diagnostics are relative to the cwd. */
  dir: string;
  /** Vendor files that parsed and passed the schema, sorted by vendor id. */
  files: SourceFile[];
  /** Vendor ids whose file exists but could not be read (syntax or schema errors). */
  unreadable: string[];
  /** The committed cluster registry (`data/clusters.yaml`), undefined when absent. */
  registry: RegistryFile | undefined;
  /** The registry file's raw text ("" when absent), for the staleness check. */
  registryText: string;
  /** Diagnostics from reading: yaml-*, schema, and not-canonical for the file layout. */
  diagnostics: Diagnostic[];
}
