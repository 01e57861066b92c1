import type { Diagnostic } from "../core/diagnostic.js";
import type { NodePath, SourceFile } from "../load/types.js";
import type { Claim, Relation } from "../model/types.js";
import type { Rule } from "./rule.js";

/** A diagnostic of `rule` at the node `path` of `file` (its key with `at: "key"`). */
export function report(
  rule: Rule,
  file: SourceFile,
  path: NodePath,
  message: string,
  at: "key" | "value" = "value",
): Diagnostic {
  const { line, column } = file.locate(path, at);
  return { severity: rule.severity, code: rule.code, file: file.file, line, column, message };
}

/** `file:line` of a node, for messages that point at a second place. */
export function where(file: SourceFile, path: NodePath): string {
  return `${file.file}:${file.locate(path).line}`;
}

export function claimWhere(claim: Claim): string {
  return where(claim.file, claim.path);
}

/** "A is the same as B", "A includes B", ... */
export function describeRelation(a: string, relation: Relation, b: string): string {
  switch (relation) {
    case "same":
      return `${a} is the same as ${b}`;
    case "overlaps":
      return `${a} overlaps ${b}`;
    case "includes":
      return `${a} includes ${b}`;
    case "part-of":
      return `${a} is part of ${b}`;
  }
}
