import { countBySeverity, type Diagnostic } from "../../core/diagnostic.js";

/** "1 error" / "2 errors": counts read better than "error(s)". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * The closing line of a report: `2 errors, 1 warning in 3 files` counts the files that have
 * problems; a clean run says how many files were checked, so an empty folder is visible.
 */
export function summaryLine(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  if (diagnostics.length === 0) return `no problems in ${plural(filesChecked, "file")}`;
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}`;
}
