import type { ChangesFile, RedirectChange } from "../generated/changes-file.js";
import type { ExportFile } from "../generated/export-file.js";
import { sortByText } from "./sort.js";

export function compareRedirects(before: ExportFile, after: ExportFile): ChangesFile["redirects"] {
  const old = new Map(before.redirects.map((r) => [r.from, r.to]));
  const next = new Map(after.redirects.map((r) => [r.from, r.to]));
  const changed: RedirectChange[] = [];
  for (const [from, to] of next) {
    const oldTo = old.get(from);
    if (oldTo !== undefined && oldTo !== to) changed.push({ from, old_to: oldTo, to });
  }
  const byFrom = (r: { from: string }) => r.from;
  return {
    added: sortByText(
      after.redirects.filter((r) => !old.has(r.from)).map(({ from, to }) => ({ from, to })),
      byFrom,
    ),
    removed: sortByText(
      before.redirects.filter((r) => !next.has(r.from)).map(({ from, to }) => ({ from, to })),
      byFrom,
    ),
    changed: sortByText(changed, byFrom),
  };
}
