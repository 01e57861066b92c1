import { serializeVendorFile } from "../fix/serialize.js";
import { writeIfChanged } from "../fix/write-atomic.js";
import { type VendorFolder, vendorFilePath } from "./existing-vendors.js";
import { type MergeReport, mergeVendor } from "./merge-vendor.js";
import type { ImportedVendor } from "./types.js";

export interface WrittenVendor extends MergeReport {
  /** The file written, as `DIR/vendors/<id>.yaml` with DIR as given. */
  file: string;
}

/**
 * Merges each imported vendor into its file under `folder.dir/vendors/` (see mergeVendor) and
 * writes the canonical form. Every text is computed before the first write, and each file is
 * written to a temporary name and renamed (unless unchanged), so a failure leaves the old files
 * whole.
 */
export function writeVendors(
  folder: VendorFolder,
  vendors: readonly ImportedVendor[],
): WrittenVendor[] {
  const resolve = (vendor: string, name: string) => folder.find(vendor, name)?.id;
  const planned = vendors.map((imported) => {
    const id = imported.vendor.id;
    const existing = folder.source(id);
    const { data, report } = mergeVendor(existing?.data, imported, resolve);
    const text = serializeVendorFile(data, existing?.comments());
    return { file: vendorFilePath(folder.dir, id), text, report };
  });
  for (const { file, text } of planned) writeIfChanged(file, text);
  return planned.map(({ file, report }) => ({ ...report, file }));
}
