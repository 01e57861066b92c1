import type { ChangesFile, VendorEdit } from "../generated/changes-file.js";
import type { ExportFile, Vendor } from "../generated/export-file.js";
import { sortByText } from "./sort.js";

const editableFields = ["name", "url", "provenance", "naming", "identity"] as const;

export function compareVendors(before: ExportFile, after: ExportFile): ChangesFile["vendors"] {
  const old = new Map(before.vendors.map((v) => [v.id, v]));
  const next = new Map(after.vendors.map((v) => [v.id, v]));
  const ref = (v: Vendor) => ({ id: v.id, name: v.name });
  const edited: VendorEdit[] = [];
  for (const [id, vendor] of next) {
    const previous = old.get(id);
    if (!previous) continue;
    for (const field of editableFields) {
      const a = previous[field] ?? null;
      const b = vendor[field] ?? null;
      if (a !== b) edited.push({ vendor: id, field, old: a, new: b });
    }
  }
  return {
    added: sortByText(after.vendors.filter((v) => !old.has(v.id)).map(ref), (v) => v.id),
    removed: sortByText(before.vendors.filter((v) => !next.has(v.id)).map(ref), (v) => v.id),
    edited: sortByText(
      edited,
      (e) => e.vendor,
      (e) => e.field,
    ),
  };
}
