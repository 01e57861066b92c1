import { compareText } from "../core/diagnostic.js";
import type { ImportResult } from "./types.js";
import type { WrittenVendor } from "./write-vendor.js";

/** The closing report of an import: per file what changed and what was kept, then every name left out. */
export function formatSummary(written: readonly WrittenVendor[], result: ImportResult): string {
  const lines: string[] = [];
  for (const file of written) {
    lines.push(
      `${file.file}${file.created ? " (new file)" : ""}: ${file.added.length} added, ` +
        `${file.updated.length} updated, ${file.unchanged.length} unchanged`,
    );
    if (file.added.length > 0 && !file.created) lines.push(`  added: ${file.added.join(", ")}`);
    if (file.updated.length > 0) lines.push(`  updated: ${file.updated.join(", ")}`);
    const kept = file.kept;
    const keptLine = (what: string, items: string[]) => {
      if (items.length > 0)
        lines.push(`  kept although the input no longer has them (${what}): ${items.join("; ")}`);
    };
    keptLine("actors", kept.actors);
    keptLine("aliases", kept.aliases);
    keptLine("mappings", kept.mappings);
  }
  if (result.unattributed.length > 0) {
    lines.push(`Not attributed, not written: ${result.unattributed.length} names`);
    const byReason = new Map<string, string[]>();
    for (const { name, actor, reason } of result.unattributed) {
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${name} (on ${actor})`]);
    }
    for (const reason of [...byReason.keys()].sort(compareText)) {
      const names = byReason.get(reason) ?? [];
      lines.push(`  ${reason}: ${names.length}`, ...names.map((name) => `    ${name}`));
    }
  }
  if (result.notes.length > 0) lines.push("Notes:", ...result.notes.map((note) => `  ${note}`));
  if (written.some((file) => file.added.length > 0)) {
    lines.push("Run `actormap fix` to give the new actors their uuids, then `actormap validate`.");
  }
  return `${lines.join("\n")}\n`;
}
