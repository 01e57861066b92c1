// Reads one YAML data file into checked data with diagnostics. Fast path: the canonical reader or
// js-yaml (no positions), accepted only when a cheap scan finds nothing unusual, the data passes
// the schema and the text is canonical, which guarantees `yaml` would read the same data. Everything else goes through `yaml`
// with positions, which is authoritative for diagnostics.
import type { Document, LineCounter, Node } from "yaml";
import { notCanonical } from "../check/rules/not-canonical.js";
import { schemaRule } from "../check/rules/schema.js";
import { yamlSyntax } from "../check/rules/yaml-syntax.js";
import type { Diagnostic, Position } from "../core/diagnostic.js";
import type { WrittenNode } from "../fix/yaml-emitter.js";
import { commentLines, firstDifference } from "./canonical.js";
import { readCanonical } from "./canonical-reader.js";
import { type CommentMap, extractComments } from "./comments.js";
import { decodeUtf8 } from "./decode.js";
import { diagnose } from "./diagnose.js";
import { locateNode, locateWritten, position, positionInText } from "./locate.js";
import { needsSlowPath } from "./prescan.js";
import { type QuickLoad, quickLoad } from "./quick-load.js";
import type { NodePath } from "./types.js";
import type { Validator } from "./validators.js";
import { yaml } from "./yaml-module.js";
import { forbiddenCharacter, yamlProblems } from "./yaml-problems.js";

export interface YamlFileKind<T> {
  validate: Validator;
  /** What the top level must be, for messages: "a map with vendor: and actors:". */
  expected: string;
  /** The canonical text; when given, a file that differs gets a `not-canonical` diagnostic. */
  canonical?: (data: T, comments: CommentMap) => string;
  /** Where `canonical` (without comments) writes each node: locates nodes of canonical files. */
  layout?: (data: T) => WrittenNode;
}

export interface ParsedYamlFile<T> {
  text: string;
  /** Present when the file parsed and passed the schema. */
  data?: T;
  diagnostics: Diagnostic[];
  locate(path: NodePath, at?: "key" | "value"): Position;
  comments(): CommentMap;
}

export function parseYamlFile<T>(
  file: string,
  input: string | Uint8Array,
  kind: YamlFileKind<T>,
): ParsedYamlFile<T> {
  const decoded = decodeUtf8(input);
  if ("badByte" in decoded) {
    const byte = decoded.byte.toString(16).toUpperCase().padStart(2, "0");
    const message = `byte 0x${byte} is not UTF-8 text: save the file as UTF-8`;
    return unreadable("", [diagnose(yamlSyntax, file, decoded.badByte, message)]);
  }
  const { text } = decoded;
  if (kind.canonical && !needsSlowPath(text)) {
    const data = readCanonical(text);
    // Read as canonical: either it is, or `yaml` says what is wrong.
    if (data) return acceptFast(text, data, kind) ?? readWithPositions(file, text, kind);
  }
  const quick = quickLoad(text);
  if (quick.ok) {
    const fast = acceptFast(text, quick.data, kind);
    if (fast) return fast;
    // A list or a single value (such as a file of junk) needs no second parse to be reported.
    if (!isPlainMap(quick.data))
      return unreadable(text, [topLevelProblem(file, text, quick.data, kind.expected)]);
  } else if (!quick.handOver) {
    return unreadable(text, quickSyntaxProblems(file, text, quick));
  }
  return readWithPositions(file, text, kind);
}

function acceptFast<T>(
  text: string,
  data: unknown,
  kind: YamlFileKind<T>,
): ParsedYamlFile<T> | undefined {
  if (needsSlowPath(text) || !isPlainMap(data) || kind.validate(data).length > 0) return undefined;
  const expected = kind.canonical?.(data as T, new Map());
  const comments = expected === undefined ? undefined : commentLines(text, expected);
  if (expected !== undefined && comments === undefined) return undefined;
  let positional: Positional | undefined;
  const parsed = () => {
    positional ??= parsePositional(text);
    return positional;
  };
  let layout: WrittenNode | undefined;
  const written = kind.layout;
  const locate: ParsedYamlFile<T>["locate"] =
    written && comments
      ? (path, at) => {
          layout ??= written(data as T);
          return locateWritten(layout, comments, path, at);
        }
      : (path, at) => locateNode(parsed().doc, parsed().lines, path, at);
  // Canonical text without a single comment: nothing to parse for.
  const bare = text === expected;
  return {
    text,
    data: data as T,
    diagnostics: [],
    locate,
    comments: () => (bare ? new Map() : parsed().comments()),
  };
}

/** A file js-yaml cannot read, reported without `yaml` (see quick-load.ts). */
function quickSyntaxProblems(
  file: string,
  text: string,
  quick: Extract<QuickLoad, { ok: false }>,
): Diagnostic[] {
  const tab = text.indexOf("\t");
  const nul = text.indexOf("\0");
  const found: Diagnostic[] = [];
  if (nul !== -1) found.push(forbiddenCharacter(file, "\0", positionInText(text, nul)));
  if (tab !== -1) found.push(forbiddenCharacter(file, "\t", positionInText(text, tab)));
  if (found.length > 0) return found;
  const message = `${quick.reason}: check the indentation and quoting here`;
  return [diagnose(yamlSyntax, file, positionInText(text, quick.offset), message)];
}

interface Positional {
  doc: Document;
  lines: LineCounter;
  comments(): CommentMap;
}

function parsePositional(text: string): Positional {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  let comments: CommentMap | undefined;
  return { doc, lines, comments: () => (comments ??= extractComments(doc, text, lines)) };
}

function readWithPositions<T>(
  file: string,
  text: string,
  kind: YamlFileKind<T>,
): ParsedYamlFile<T> {
  const positional = parsePositional(text);
  const { doc, lines } = positional;
  const at = (offset: number) => position(lines, offset);
  const result = (diagnostics: Diagnostic[], data?: T): ParsedYamlFile<T> => ({
    text,
    data,
    diagnostics,
    locate: (path, where) => locateNode(doc, lines, path, where),
    comments: positional.comments,
  });

  const syntax = yamlProblems(file, text, doc, at);
  if (syntax.length > 0) return result(syntax);
  const top = doc.contents as Node | null;
  const { isMap, isScalar } = yaml();
  if (!isMap(top)) {
    const value = isScalar(top) ? top.value : top === null ? null : [];
    return result([topLevelProblem(file, text, value, kind.expected, top?.range?.[0])]);
  }

  const data = doc.toJS() as unknown;
  const schema = kind.validate(data).map((problem) => {
    const where = locateNode(doc, lines, problem.path, problem.at);
    return diagnose(schemaRule, file, where, problem.message);
  });
  if (schema.length > 0) return result(schema);
  const expected = kind.canonical?.(data as T, positional.comments());
  if (expected === undefined || expected === text) return result([], data as T);
  return result([notCanonicalDiagnostic(file, text, expected)], data as T);
}

/** The file holds nothing, a list or a single value instead of a map. */
function topLevelProblem(
  file: string,
  text: string,
  value: unknown,
  expected: string,
  offset = text.match(/^(?:[ ]*(?:#.*)?\n)*[ ]*/)?.[0].length ?? 0,
): Diagnostic {
  if (value === null || value === undefined) {
    const message = `the file is empty: it must be ${expected}`;
    return diagnose(yamlSyntax, file, { line: 1, column: 1 }, message);
  }
  const what = Array.isArray(value) ? "a list" : "a single value";
  return diagnose(
    yamlSyntax,
    file,
    positionInText(text, offset),
    `the file must be ${expected}, not ${what}`,
  );
}

function notCanonicalDiagnostic(file: string, text: string, expected: string): Diagnostic {
  const { line, expected: wanted } = firstDifference(text, expected);
  const should = wanted === undefined ? "end the file" : `be ${JSON.stringify(shorten(wanted))}`;
  return diagnose(
    notCanonical,
    file,
    { line, column: 1 },
    `the file is not in canonical form (line ${line} should ${should}): run \`npx actormap fix\``,
  );
}

function unreadable<T>(text: string, diagnostics: Diagnostic[]): ParsedYamlFile<T> {
  return { text, diagnostics, locate: () => ({ line: 1, column: 1 }), comments: () => new Map() };
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shorten(line: string): string {
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
