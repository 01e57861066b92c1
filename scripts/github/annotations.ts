import type { AnnotationProperties } from "@actions/core";
import { plural } from "../cli/format/summary.js";
import type { Diagnostic } from "../core/diagnostic.js";

/** GitHub shows only a few annotations per step; more would hide the ones that matter. */
export const ANNOTATION_LIMIT = 10;

/** The part of `@actions/core` that writes annotations; tests may pass a recorder. */
export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

export interface AnnotationPlan {
  /** The first `limit` errors and the first `limit` warnings, in their original order. */
  shown: Diagnostic[];
  omittedErrors: number;
  omittedWarnings: number;
}

export function planAnnotations(
  diagnostics: readonly Diagnostic[],
  limit = ANNOTATION_LIMIT,
): AnnotationPlan {
  const plan: AnnotationPlan = { shown: [], omittedErrors: 0, omittedWarnings: 0 };
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") {
      if (errors++ < limit) plan.shown.push(d);
      else plan.omittedErrors++;
    } else if (warnings++ < limit) plan.shown.push(d);
    else plan.omittedWarnings++;
  }
  return plan;
}

/** The notice for what the annotations leave out, or undefined when nothing is left out. */
export function omittedNotice(plan: AnnotationPlan, fullListHint: string): string | undefined {
  const parts: string[] = [];
  if (plan.omittedErrors > 0) parts.push(`${plural(plan.omittedErrors, "more error")}`);
  if (plan.omittedWarnings > 0) parts.push(`${plural(plan.omittedWarnings, "more warning")}`);
  if (parts.length === 0) return undefined;
  return `${parts.join(" and ")} not shown as annotations: ${fullListHint}`;
}

/**
 * What a pull request should see first. With `onChangedLine`, errors on the changed lines come
 * first and other errors after them (a change can break another file), while warnings are kept
 * only for the changed lines: the dataset's standing warnings would otherwise take every slot.
 */
export function prioritise(
  diagnostics: readonly Diagnostic[],
  onChangedLine?: (d: Diagnostic) => boolean,
): { annotated: Diagnostic[]; counted: Diagnostic[] } {
  if (!onChangedLine) return { annotated: [...diagnostics], counted: [] };
  const changed = diagnostics.filter(onChangedLine);
  const elsewhere = diagnostics.filter((d) => !onChangedLine(d));
  return {
    annotated: [...changed, ...elsewhere.filter((d) => d.severity === "error")],
    counted: elsewhere.filter((d) => d.severity === "warning"),
  };
}

/**
 * Writes the first ten errors and ten warnings as annotations on their file, line and column
 * (titled with the rule code), then one notice counting the rest. `fullListHint` tells the
 * reader where the complete list is, e.g. "run `npx actormap validate` for the full list".
 * `onChangedLine` (a pull request's changed lines) decides what comes first: see `prioritise`.
 */
export function annotate(
  diagnostics: readonly Diagnostic[],
  sink: AnnotationSink,
  fullListHint: string,
  onChangedLine?: (d: Diagnostic) => boolean,
): void {
  const { annotated, counted } = prioritise(diagnostics, onChangedLine);
  const plan = planAnnotations(annotated);
  plan.omittedWarnings += counted.length;
  for (const d of plan.shown) {
    const properties = { file: d.file, startLine: d.line, startColumn: d.column, title: d.code };
    if (d.severity === "error") sink.error(d.message, properties);
    else sink.warning(d.message, properties);
  }
  const notice = omittedNotice(plan, fullListHint);
  if (notice) sink.notice(notice);
}

/**
 * `@actions/core` itself, loaded on first use: it pulls in an HTTP client that would slow down
 * every other command's start-up. It writes workflow commands to process.stdout.
 */
export async function actionsCoreSink(): Promise<AnnotationSink> {
  return await import("@actions/core");
}
