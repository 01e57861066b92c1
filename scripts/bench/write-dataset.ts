import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeVendorFile } from "../fix/serialize.js";
import { syntheticVendorFiles } from "./synthetic.js";

/** Writes a synthetic `data/vendors/` in canonical form under `dataDir`; returns its byte size. */
export function writeSyntheticDataset(
  dataDir: string,
  vendors: number,
  actorsPerVendor: number,
): number {
  const vendorDir = join(dataDir, "vendors");
  mkdirSync(vendorDir, { recursive: true });
  let bytes = 0;
  for (const file of syntheticVendorFiles(vendors, actorsPerVendor, randomUUID)) {
    const text = serializeVendorFile(file);
    writeFileSync(join(vendorDir, `${file.vendor.id}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
