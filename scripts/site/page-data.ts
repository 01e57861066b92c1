// What the page's script receives in data.js: the clusters resolved by the shared index, and
// every searchable name already normalised with nameKey, so the page and `lookup` agree.
import type { ExportFile } from "../generated/export-file.js";
import { type ClusterView, createIndex } from "../package/create-index.js";

export interface PageData {
  version: string;
  vendors: { id: string; name: string; url: string }[];
  /** Sorted by label. */
  clusters: ClusterView[];
  /** [name key, name as written, index into clusters], in actor order. */
  names: [string, string, number][];
}

export function pageData(data: ExportFile): PageData {
  const index = createIndex(data);
  const clusters = [...index.clusters];
  const position = new Map(clusters.map((c, i) => [c.uuid, i]));
  const clusterOf = new Map(data.actors.map((a) => [a.key, position.get(a.cluster) ?? -1]));
  const names: [string, string, number][] = index.names
    .filter((entry) => entry.key !== "")
    .map((entry) => [entry.key, entry.name, clusterOf.get(entry.actor) ?? -1]);
  return {
    version: data.version,
    vendors: data.vendors.map(({ id, name, url }) => ({ id, name, url })),
    clusters,
    names,
  };
}

/**
 * data.js: the page data as a script assignment, because pages opened from disk (file://) may
 * not fetch JSON. JSON is valid JavaScript; `<` is escaped so no text can close a script tag
 * if the file is ever inlined.
 */
export function dataScript(page: PageData): string {
  return `window.ACTORMAP = ${JSON.stringify(page).replace(/</g, "\\u003c")};\n`;
}
