// Reads a data folder: every data/vendors/*.yaml (by name) and data/clusters.yaml.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { UsageError } from "../cli/command.js";
import type { Diagnostic } from "../core/diagnostic.js";
import { compareText } from "../core/diagnostic.js";
import { serializeVendorFile, vendorFileLayout } from "../fix/serialize.js";
import type { VendorFile } from "../generated/vendor-file.js";
import { parseYamlFile, type YamlFileKind } from "./parse-yaml-file.js";
import type { LoadedData, RegistryFile, SourceFile } from "./types.js";
import { validateRegistryFile, validateVendorFile } from "./validators.js";

const vendorFileKind: YamlFileKind<VendorFile> = {
  validate: validateVendorFile,
  expected: "a map with a vendor: block and an actors: list",
  canonical: serializeVendorFile,
  layout: vendorFileLayout,
};

// The registry's staleness (and so its canonical form) is checked against the model, not here.
const registryFileKind: YamlFileKind<RegistryFile> = {
  validate: validateRegistryFile,
  expected: "a map with clusters:, redirects:, identities: and relationships:",
};

/**
 * One vendor file's text (or bytes) as a SourceFile, with its yaml-*, schema and not-canonical
 * diagnostics. `file` names it in diagnostics; the vendor id is its base name.
 */
export function parseVendorText(
  file: string,
  text: string | Uint8Array,
): { source?: SourceFile; diagnostics: Diagnostic[] } {
  const parsed = parseYamlFile(file, text, vendorFileKind);
  if (!parsed.data) return { diagnostics: parsed.diagnostics };
  const source: SourceFile = {
    file,
    vendorId: basename(file).replace(/\.yaml$/, ""),
    text: parsed.text,
    data: parsed.data,
    locate: parsed.locate,
    comments: parsed.comments,
  };
  return { source, diagnostics: parsed.diagnostics };
}

/** The data folder `dir`: vendor files and registry, read and checked against their schemas. */
export function loadData(dir: string): LoadedData {
  const vendorsDir = join(dir, "vendors");
  if (!existsSync(vendorsDir) || !statSync(vendorsDir).isDirectory())
    throw new UsageError(`no data folder at ${dir} (expected ${join(dir, "vendors")}/)`);
  const loaded: LoadedData = {
    dir,
    files: [],
    unreadable: [],
    registry: undefined,
    registryText: "",
    diagnostics: [],
  };
  const names = readdirSync(vendorsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort(compareText);
  for (const name of names) {
    const { source, diagnostics } = parseVendorText(
      displayPath(join(vendorsDir, name)),
      readFileSync(join(vendorsDir, name)),
    );
    loaded.diagnostics.push(...diagnostics);
    if (source) loaded.files.push(source);
    else loaded.unreadable.push(basename(name, ".yaml"));
  }
  const registryPath = join(dir, "clusters.yaml");
  if (existsSync(registryPath)) {
    const bytes = readFileSync(registryPath);
    const parsed = parseYamlFile(displayPath(registryPath), bytes, registryFileKind);
    loaded.registry = parsed.data;
    loaded.registryText = parsed.text;
    loaded.diagnostics.push(...parsed.diagnostics);
  }
  return loaded;
}

/** A path for diagnostics: relative to the working directory, with `/`. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/");
}
