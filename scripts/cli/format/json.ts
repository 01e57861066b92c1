import { countBySeverity } from "../../core/diagnostic.js";
import type { Report } from "./report.js";

/**
 * `{"diagnostics":[...],"errors":N,"warnings":N}`. Each diagnostic is rebuilt field by field so
 * the keys and their order are the documented ones, whatever else a rule attached.
 */
export function formatJson(report: Report): string {
  const diagnostics = report.diagnostics.map(({ severity, code, file, line, column, message }) => ({
    severity,
    code,
    file,
    line,
    column,
    message,
  }));
  return `${JSON.stringify({ diagnostics, ...countBySeverity(report.diagnostics) }, null, 2)}\n`;
}
