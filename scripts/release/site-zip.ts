import { type Zippable, zipSync } from "fflate";
import { compareText } from "../core/diagnostic.js";

export const siteZipName = "actormap-site.zip";

/**
 * The site folder as one zip, the same bytes for the same files: entries in code-unit order and
 * one fixed date. fflate writes DOS dates from local-time fields, so the date is built from
 * local fields too, which keeps the bytes independent of the time zone.
 */
export function zipSite(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort(compareText)) {
    entries[path] = [files.get(path) ?? new Uint8Array(), { mtime, level: 9 }];
  }
  return zipSync(entries);
}
