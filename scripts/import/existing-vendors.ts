import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../cli/command.js";
import { compareDiagnostics } from "../core/diagnostic.js";
import { nameKey } from "../core/normalize.js";
import type { Actor } from "../generated/vendor-file.js";
import { parseVendorText } from "../load/load-data.js";
import type { SourceFile } from "../load/types.js";
import type { ExistingVendors } from "./types.js";

/** `DIR/vendors/<id>.yaml` as the import writes it, for messages and writing. */
export function vendorFilePath(dir: string, vendorId: string): string {
  return join(dir, "vendors", `${vendorId}.yaml`);
}

/**
 * The vendor files already in the output folder, each read (with LOAD's parser) the first time
 * an importer or the writer asks for it. A file that does not parse or fails the schema stops
 * the import: merging into it could lose what it holds.
 */
export class VendorFolder implements ExistingVendors {
  private readonly read = new Map<
    string,
    { source: SourceFile; names: Map<string, Actor> } | undefined
  >();

  constructor(readonly dir: string) {}

  has(vendorId: string): boolean {
    return existsSync(vendorFilePath(this.dir, vendorId));
  }

  get(vendorId: string) {
    return this.load(vendorId)?.source.data;
  }

  source(vendorId: string): SourceFile | undefined {
    return this.load(vendorId)?.source;
  }

  find(vendorId: string, name: string): Actor | undefined {
    return this.load(vendorId)?.names.get(nameKey(name));
  }

  private load(vendorId: string) {
    if (!this.read.has(vendorId)) this.read.set(vendorId, this.parse(vendorId));
    return this.read.get(vendorId);
  }

  private parse(vendorId: string) {
    const path = vendorFilePath(this.dir, vendorId);
    if (!existsSync(path)) return undefined;
    const { source, diagnostics } = parseVendorText(path, readFileSync(path));
    if (!source) {
      const first = diagnostics.filter((d) => d.severity === "error").sort(compareDiagnostics)[0];
      const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : path;
      throw new UserError(
        `${where} (fix ${path} before importing into it; \`actormap validate\` lists every problem)`,
      );
    }
    const names = new Map<string, Actor>();
    for (const actor of source.data.actors) {
      for (const name of [actor.id, actor.name, ...(actor.aliases ?? [])]) {
        if (!names.has(nameKey(name))) names.set(nameKey(name), actor);
      }
    }
    return { source, names };
  }
}
