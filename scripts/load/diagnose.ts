import type { Rule } from "../check/rule.js";
import type { Diagnostic, Position } from "../core/diagnostic.js";

/** A diagnostic of a load-stage rule: its code and severity come from the rule object. */
export function diagnose(rule: Rule, file: string, at: Position, message: string): Diagnostic {
  return {
    severity: rule.severity,
    code: rule.code,
    file,
    line: at.line,
    column: at.column,
    message,
  };
}
