import { plural } from "../cli/format/summary.js";
import { tableCell, untrustedBlock } from "./markdown.js";
import type { PrReport } from "./report.js";

/** Hidden first line of the one comment actormap keeps up to date on a pull request. */
export const commentMarker = "<!-- actormap-report -->";

export interface RenderLimits {
  /** Diagnostics listed in the table; the rest are counted. */
  maxRows: number;
  /** Characters of the dataset diff shown. */
  maxDiffLength: number;
}

/** GitHub rejects comments over 65,536 characters; these keep the comment well below. */
export const commentLimits: RenderLimits = { maxRows: 50, maxDiffLength: 40_000 };
/** A job summary may hold 1 MiB. */
export const summaryLimits: RenderLimits = { maxRows: 1_000, maxDiffLength: 400_000 };

/** The report as Markdown: counts, the diagnostics table, the dataset diff in a details block. */
export function renderReport(report: PrReport, diffMarkdown: string, limits: RenderLimits): string {
  const lines: string[] = [];
  const status = report.errors > 0 ? "❌" : report.warnings > 0 ? "⚠️" : "✅";
  lines.push(
    `${status} **${plural(report.errors, "error")}, ${plural(report.warnings, "warning")}** ` +
      `in the data of \`${report.headSha.slice(0, 12)}\`.`,
    "",
  );
  if (report.diagnostics.length > 0) {
    lines.push("| Severity | Code | Location | Message |", "| --- | --- | --- | --- |");
    for (const d of report.diagnostics.slice(0, limits.maxRows)) {
      lines.push(
        `| ${d.severity} | ${tableCell(d.code, 60)} | ${tableCell(`${d.file}:${d.line}:${d.column}`, 200)} | ${tableCell(d.message)} |`,
      );
    }
    const rest = report.diagnostics.length - limits.maxRows;
    if (rest > 0)
      lines.push(
        "",
        `…and ${plural(rest, "more diagnostic")}: see the validate run's job summary.`,
      );
    lines.push("");
  }
  lines.push("<details><summary>How the published dataset changes</summary>", "");
  if (report.diffError !== undefined) {
    lines.push(
      `The diff against the base branch could not be made: ${tableCell(report.diffError, 1_000)}`,
    );
  } else if (diffMarkdown.trim() === "") {
    lines.push("No change to the published dataset.");
  } else {
    lines.push(
      untrustedBlock(
        diffMarkdown,
        limits.maxDiffLength,
        "*The diff is cut here: see the validate run's job summary for all of it.*",
      ),
    );
  }
  lines.push("", "</details>", "");
  return lines.join("\n");
}

/** The sticky comment: the marker, a title, the report, and a link to the run when known. */
export function renderComment(report: PrReport, diffMarkdown: string, runUrl?: string): string {
  const lines = [
    commentMarker,
    `### actormap: dataset check for #${report.pullRequest}`,
    "",
    renderReport(report, diffMarkdown, commentLimits),
  ];
  if (runUrl)
    lines.push(`[The validate run](${runUrl}): annotations and the full job summary.`, "");
  return lines.join("\n");
}
