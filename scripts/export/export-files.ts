import type { ExportFile } from "../generated/export-file.js";
import type { RegistryRelationship } from "../load/types.js";
import { renderSite, type SiteOptions } from "../site/render-site.js";
import { canonicalJson } from "./canonical-json.js";
import { checksumsFile, renderChecksums, sha256 } from "./checksums.js";
import { resolveClusters } from "./cluster-names.js";
import { renderCsvFiles } from "./csv.js";
import { buildMisp, mispGalaxyType } from "./misp.js";
import { buildStixBundle } from "./stix.js";

/** Each file's text, rendered only when asked for, so a large build holds one at a time. */
function* renderings(
  data: ExportFile,
  relationships: RegistryRelationship[],
  site: SiteOptions,
): Generator<[string, string]> {
  yield ["actormap.json", canonicalJson(data)];
  const clusters = resolveClusters(data);
  yield ["actormap.stix.json", canonicalJson(buildStixBundle(data, relationships, clusters))];
  yield* renderCsvFiles(data);
  const misp = buildMisp(data, clusters);
  yield [`misp/galaxies/${mispGalaxyType}.json`, canonicalJson(misp.galaxy)];
  yield [`misp/clusters/${mispGalaxyType}.json`, canonicalJson(misp.clusters)];
  for (const [path, text] of renderSite(data, site)) yield [`site/${path}`, text];
}

/**
 * Every file `actormap build` writes, as UTF-8 bytes by path relative to the output folder (`/`-separated),
 * then SHA256SUMS over all the others. Pure: the same export gives the same bytes.
 */
export function* exportFiles(
  data: ExportFile,
  relationships: RegistryRelationship[],
  site: SiteOptions = {},
): Generator<[string, Buffer]> {
  const digests = new Map<string, string>();
  for (const [path, text] of renderings(data, relationships, site)) {
    // Encoded once, for the checksum and for the file.
    const bytes = Buffer.from(text, "utf8");
    digests.set(path, sha256(bytes));
    yield [path, bytes];
  }
  yield [checksumsFile, Buffer.from(renderChecksums(digests), "utf8")];
}
