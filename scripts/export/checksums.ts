import { createHash } from "node:crypto";
import { compareText } from "../core/diagnostic.js";

export const checksumsFile = "SHA256SUMS";

/** `sha256sum` output for every file, by path: `<hex>  <path>` lines that `sha256sum -c` reads. */
export function renderChecksums(files: ReadonlyMap<string, string | Uint8Array>): string {
  return [...files.keys()]
    .sort(compareText)
    .map(
      (path) =>
        `${createHash("sha256")
          .update(files.get(path) ?? "")
          .digest("hex")}  ${path}\n`,
    )
    .join("");
}
