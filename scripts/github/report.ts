import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";

/** The artifact the validate workflow uploads and the comment workflow reads. */
export const reportFileName = "report.json";
export const diffFileName = "diff.md";
export const reportFormat = "actormap-pr-report/1";

export interface PrReport {
  format: typeof reportFormat;
  pullRequest: number;
  /** The pull request's head commit the report was made for. */
  headSha: string;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
  /** Why the dataset diff is missing, when it is. */
  diffError?: string;
}

// The artifact comes from a run of the pull request's own code, so everything in it is
// attacker-controlled: bounded sizes, exact shapes, nothing used without a check.
const maxReportBytes = 2 * 1024 * 1024;
const maxDiffBytes = 1024 * 1024;
const maxDiagnostics = 10_000;
const maxTextLength = 4_000;

/**
 * The report for `diagnostics`, cut to what `parseReport` accepts: at most 10,000 diagnostics
 * (the counts still cover all of them), texts of at most 4,000 characters.
 */
export function buildReport(
  pullRequest: number,
  headSha: string,
  diagnostics: readonly Diagnostic[],
  diffError: string | undefined,
): PrReport {
  const report: PrReport = {
    format: reportFormat,
    pullRequest,
    headSha,
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics: diagnostics.slice(0, maxDiagnostics).map((d) => ({
      severity: d.severity,
      code: bounded(d.code),
      file: bounded(d.file),
      line: d.line,
      column: d.column,
      message: bounded(d.message),
    })),
  };
  if (diffError !== undefined) report.diffError = bounded(diffError);
  return report;
}

function bounded(text: string): string {
  return text.length > maxTextLength ? `${text.slice(0, maxTextLength - 1)}…` : text;
}

/** Reads the downloaded artifact folder: report.json (required) and diff.md (optional). */
export function readReportArtifact(dir: string): { report: PrReport; diffMarkdown: string } {
  const reportText = readBounded(join(dir, reportFileName), maxReportBytes);
  if (reportText === undefined) throw new Error(`${reportFileName} is missing from the artifact`);
  const diffMarkdown = readBounded(join(dir, diffFileName), maxDiffBytes) ?? "";
  return { report: parseReport(reportText), diffMarkdown };
}

function readBounded(path: string, limit: number): string | undefined {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  if (!stats.isFile()) throw new Error(`${path} is not a regular file`);
  if (stats.size > limit)
    throw new Error(`${path} is ${stats.size} bytes, more than the ${limit} allowed`);
  return new TextDecoder("utf-8", { fatal: false }).decode(readFileSync(path));
}

/** Parses report.json and checks every field; throws with the first thing that is wrong. */
export function parseReport(json: string): PrReport {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`${reportFileName} is not valid JSON`);
  }
  const record = asRecord(value, reportFileName);
  if (record.format !== reportFormat)
    throw new Error(`${reportFileName}: "format" must be "${reportFormat}"`);
  const pullRequest = record.pullRequest;
  if (typeof pullRequest !== "number" || !Number.isSafeInteger(pullRequest) || pullRequest < 1)
    throw new Error(`${reportFileName}: "pullRequest" must be a positive integer`);
  const headSha = record.headSha;
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/.test(headSha))
    throw new Error(`${reportFileName}: "headSha" must be a 40-character commit SHA`);
  const diagnostics = record.diagnostics;
  if (!Array.isArray(diagnostics) || diagnostics.length > maxDiagnostics)
    throw new Error(`${reportFileName}: "diagnostics" must be a list of at most ${maxDiagnostics}`);
  const report: PrReport = {
    format: reportFormat,
    pullRequest,
    headSha,
    errors: count(record.errors, "errors"),
    warnings: count(record.warnings, "warnings"),
    diagnostics: diagnostics.map((d, i) => parseDiagnostic(d, `diagnostics[${i}]`)),
  };
  if (record.diffError !== undefined) report.diffError = text(record.diffError, "diffError");
  return report;
}

function parseDiagnostic(value: unknown, where: string): Diagnostic {
  const record = asRecord(value, where);
  const severity = record.severity;
  if (severity !== "error" && severity !== "warning")
    throw new Error(`${reportFileName}: ${where}.severity must be "error" or "warning"`);
  return {
    severity,
    code: text(record.code, `${where}.code`),
    file: text(record.file, `${where}.file`),
    line: count(record.line, `${where}.line`),
    column: count(record.column, `${where}.column`),
    message: text(record.message, `${where}.message`),
  };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`${reportFileName}: ${where} must be an object`);
  return value as Record<string, unknown>;
}

function count(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    throw new Error(`${reportFileName}: ${where} must be a whole number`);
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== "string" || value.length > maxTextLength)
    throw new Error(
      `${reportFileName}: ${where} must be a text of at most ${maxTextLength} characters`,
    );
  return value;
}
