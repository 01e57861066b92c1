import type { Diagnostic } from "../core/diagnostic.js";
import { tableCell } from "./markdown.js";
import type { OwnershipDecision, Verdict } from "./ownership.js";

const severities: Record<Verdict, Diagnostic["severity"] | undefined> = {
  allowed: undefined,
  review: "warning",
  violation: "error",
};

/** Decisions that need attention, as diagnostics on the changed file (for annotations). */
export function ownershipDiagnostics(decisions: readonly OwnershipDecision[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { file, verdict, reason } of decisions) {
    const severity = severities[verdict];
    if (severity)
      diagnostics.push({
        severity,
        code: `ownership-${verdict}`,
        file,
        line: 1,
        column: 1,
        message: reason,
      });
  }
  return diagnostics;
}

/** One line per changed file for the log: `file: verdict: reason`. */
export function formatOwnershipText(decisions: readonly OwnershipDecision[]): string {
  if (decisions.length === 0) return "no changed files\n";
  return decisions.map((d) => `${d.file}: ${d.verdict}: ${d.reason}\n`).join("");
}

const icons: Record<Verdict, string> = { allowed: "✅", review: "👀", violation: "❌" };

/** The job summary section: every changed file with its decision. */
export function formatOwnershipSummary(
  author: string,
  decisions: readonly OwnershipDecision[],
): string {
  const lines = [`## Ownership check for @${author.replace(/^@/, "")}`, ""];
  if (decisions.length === 0) return `${lines.join("\n")}No changed files.\n`;
  lines.push("| | File | Decision | Why |", "| --- | --- | --- | --- |");
  for (const d of decisions)
    lines.push(
      `| ${icons[d.verdict]} | ${tableCell(d.file)} | ${d.verdict} | ${tableCell(d.reason, 1_000)} |`,
    );
  return `${lines.join("\n")}\n`;
}
