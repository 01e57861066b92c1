import type { OptionSpec, ParsedArgs } from "../cli/command.js";
import type { Actor, Vendor, VendorFile } from "../generated/vendor-file.js";

/** An actor as an importer reads it: no uuid (fix assigns those); category and status only when the input states them. */
export type ImportedActor = Omit<Actor, "uuid" | "category" | "status"> &
  Partial<Pick<Actor, "category" | "status">>;

/** What an importer produces for one vendor file. */
export interface ImportedVendor {
  /** The vendor block, written only when the file does not exist yet. */
  vendor: Vendor;
  actors: ImportedActor[];
  /**
   * The address this import's mappings cite. A mapping in the existing file with this source
   * that the input no longer states is reported as a would-be removal (and kept).
   */
  source: string;
}

/** A name the importer found but could not turn into an alias or a mapping. */
export interface UnattributedName {
  name: string;
  /** The input's actor it was listed on. */
  actor: string;
  /** Why it was not used, e.g. "no rule says whose name this is". */
  reason: string;
}

export interface ImportResult {
  vendors: ImportedVendor[];
  unattributed: UnattributedName[];
  /** Other remarks for the summary (repairs made to the input, values not understood). */
  notes: string[];
}

/** The vendor files already in the output folder, read on demand. */
export interface ExistingVendors {
  /** True when `vendors/<id>.yaml` exists. */
  has(vendorId: string): boolean;
  /** The file's data; undefined when there is no file. Unreadable files fail the import. */
  get(vendorId: string): VendorFile | undefined;
  /** The actor of that vendor whose id, name or alias equals `name` (normalised comparison). */
  find(vendorId: string, name: string): Actor | undefined;
}

export interface ImportInput {
  /** The input file as given on the command line, for messages. */
  file: string;
  text: string;
  /** --vendor: which vendor's file to write, when the format can write several. */
  vendor: string | undefined;
  /** --source: the address to cite in mappings, overriding the format's default. */
  source: string | undefined;
  existing: ExistingVendors;
  /** Every option given on the command line, including the format's own (Importer.options). */
  options: ParsedArgs["values"];
}

/** One input format of `actormap import`. Register it in formats.ts. */
export interface Importer {
  format: string;
  /** One line for `actormap import --help`. */
  summary: string;
  /** Options only this format reads (e.g. csv's --map), added to `actormap import`. */
  options?: Record<string, OptionSpec>;
  /** Reads the input; invalid input throws a UserError naming file:line:column. */
  read(input: ImportInput): ImportResult;
}
