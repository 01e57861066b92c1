export type Severity = "error" | "warning";

/** One problem found in the data. `file` is relative to the repository root, with `/`. */
export interface Diagnostic {
  severity: Severity;
  code: string;
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

/** Stable order for every report: file, line, column, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: independent of locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors++;
  return { errors, warnings: diagnostics.length - errors };
}
