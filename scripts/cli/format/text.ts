import type { Diagnostic } from "../../core/diagnostic.js";
import type { Report } from "./report.js";
import { summaryLine } from "./summary.js";

/**
 * `file:line:column severity code message`, the form editors and terminals turn into links.
 * A message that spans several lines keeps its continuation lines indented under it.
 */
export function diagnosticLine(d: Diagnostic): string {
  const message = d.message.replace(/\r?\n/g, "\n    ");
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${message}`;
}

export function formatText(report: Report): string {
  const lines = report.diagnostics.map(diagnosticLine);
  lines.push(summaryLine(report.diagnostics, report.filesChecked));
  return `${lines.join("\n")}\n`;
}
