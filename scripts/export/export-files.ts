import type { ExportFile } from "../generated/export-file.js";
import type { RegistryRelationship } from "../load/types.js";
import { renderSite } from "../site/render-site.js";
import { canonicalJson } from "./canonical-json.js";
import { checksumsFile, renderChecksums } from "./checksums.js";
import { renderCsvFiles } from "./csv.js";
import { buildMisp, mispGalaxyType } from "./misp.js";
import { buildStixBundle } from "./stix.js";

/**
 * Every file `actormap build` writes, by path relative to the output folder (`/`-separated),
 * SHA256SUMS last over all the others. Pure: the same export gives the same bytes.
 */
export function renderExportFiles(
  data: ExportFile,
  relationships: RegistryRelationship[],
): Map<string, string> {
  const misp = buildMisp(data);
  const files = new Map<string, string>([
    ["actormap.json", canonicalJson(data)],
    ["actormap.stix.json", canonicalJson(buildStixBundle(data, relationships))],
    ...renderCsvFiles(data),
    [`misp/galaxies/${mispGalaxyType}.json`, canonicalJson(misp.galaxy)],
    [`misp/clusters/${mispGalaxyType}.json`, canonicalJson(misp.clusters)],
    ...[...renderSite(data)].map(([path, text]) => [`site/${path}`, text] as const),
  ]);
  files.set(checksumsFile, renderChecksums(files));
  return files;
}
