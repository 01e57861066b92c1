import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { checkData } from "../../scripts/check/check-data.js";
import type { Diagnostic } from "../../scripts/core/diagnostic.js";
import { fixData } from "../../scripts/fix/fix-data.js";
import { tempDir } from "../helpers/cli.js";

/**
 * A vendor file: a six-line vendor block, then the `actors` blocks (each dedented, then indented by two spaces
 * as fix writes them), so the first actor line is line 7 and `- id: x` has its value at column 9.
 */
export function vendorFile(id: string, ...actors: string[]): string {
  const header = [
    "vendor:",
    `  id: ${id}`,
    `  name: ${id.toUpperCase()} Intel`,
    `  url: https://example.com/${id}`,
    "  provenance: curated",
    "actors:",
  ];
  const body = actors
    .flatMap((block) => dedent(block).split("\n"))
    .map((line) => (line ? `  ${line}` : line));
  return `${[...header, ...body].join("\n")}\n`;
}

/**
 * An active nation-state actor as a block for `vendorFile`, with mappings given as
 * [vendor, actor, relation?], each sourced to https://example.com/map; its first mapping is on line +5.
 */
export function actorBlock(
  id: string,
  name: string,
  ...mappings: [string, string, string?][]
): string {
  const lines = [`- id: ${id}`, `  name: ${name}`, "  category: nation-state", "  status: active"];
  if (mappings.length > 0) lines.push("  mappings:");
  for (const [vendor, target, relation] of mappings) {
    lines.push(`    - vendor: ${vendor}`, `      actor: ${target}`);
    if (relation) lines.push(`      relation: ${relation}`);
    lines.push("      source: https://example.com/map");
  }
  return lines.join("\n");
}

/** Strips the first newline and the indentation of the first line from every line. */
export function dedent(text: string): string {
  const body = text.replace(/^\n/, "").replace(/\n\s*$/, "");
  const indent = /^ */.exec(body)?.[0].length ?? 0;
  return body
    .split("\n")
    .map((line) => line.slice(indent))
    .join("\n");
}

/** A repository in a temporary folder with `files` under `data/`. */
export function dataset(files: Record<string, string>) {
  const root = tempDir(Object.fromEntries(Object.entries(files).map(([p, t]) => [`data/${p}`, t])));
  const dir = join(root, "data");
  return {
    root,
    fix: () => fixData(dir, "2025-06-02T00:00:00.000Z"),
    read: (path: string) => readFileSync(join(root, path), "utf8"),
    /** Writes (or with `append`, extends) a file relative to the repository root. */
    write: (path: string, text: string, append = false) =>
      (append ? appendFileSync : writeFileSync)(join(root, path), text),
    /** Every diagnostic, with files relative to the repository root. */
    check: (): Diagnostic[] =>
      checkData(dir).diagnostics.map((d) => ({
        ...d,
        file: relative(root, resolve(d.file)).split("\\").join("/"),
      })),
  };
}

/** Diagnostics of a data folder made of `files` (paths under `data/`), optionally after `fix`. */
export function check(
  files: Record<string, string>,
  options: { fix?: boolean } = {},
): Diagnostic[] {
  const data = dataset(files);
  if (options.fix) data.fix();
  return data.check();
}

/** The diagnostics of one rule. */
export function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** `file:line:column severity code` of each diagnostic of `code`, to assert positions at a glance. */
export function positions(diagnostics: Diagnostic[], code: string): string[] {
  return withCode(diagnostics, code).map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`,
  );
}

/** The messages of the diagnostics of `code`. */
export function messages(diagnostics: Diagnostic[], code: string): string[] {
  return withCode(diagnostics, code).map((d) => d.message);
}
