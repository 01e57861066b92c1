import { createHash } from "node:crypto";
import { compareText } from "../core/diagnostic.js";

export const checksumsFile = "SHA256SUMS";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** `sha256sum` output, by path: `<hex>  <path>` lines that `sha256sum -c` reads. */
export function renderChecksums(digests: ReadonlyMap<string, string>): string {
  return [...digests.keys()]
    .sort(compareText)
    .map((path) => `${digests.get(path)}  ${path}\n`)
    .join("");
}
