// Diagnostics from `yaml`'s parse of a file: syntax errors, repeated keys, and what data files
// forbid although YAML allows it (anchors, aliases, merge keys, tags, tabs, NUL).
import type { Document, Node } from "yaml";
import { yamlAlias } from "../check/rules/yaml-alias.js";
import { yamlDuplicateKey } from "../check/rules/yaml-duplicate-key.js";
import { yamlSyntax } from "../check/rules/yaml-syntax.js";
import type { Diagnostic, Position } from "../core/diagnostic.js";
import { diagnose } from "./diagnose.js";
import { yaml } from "./yaml-module.js";

/** Repeated keys beyond this many per file add nothing but noise. */
const maxRepeatedKeys = 10;

export function yamlProblems(
  file: string,
  text: string,
  doc: Document,
  at: (offset: number) => Position,
): Diagnostic[] {
  return [...syntaxProblems(file, text, doc, at), ...hiddenData(file, text, doc, at)];
}

function syntaxProblems(
  file: string,
  text: string,
  doc: Document,
  at: (offset: number) => Position,
): Diagnostic[] {
  const found = doc.errors
    .filter((error) => error.code === "DUPLICATE_KEY")
    .slice(0, maxRepeatedKeys)
    .map((error) => {
      const key = text.slice(error.pos[0]).split(/[:\n]/, 1)[0]?.trim();
      return diagnose(
        yamlDuplicateKey,
        file,
        at(error.pos[0]),
        `the key ${key} appears twice in the same block: keep one`,
      );
    });
  // After the first syntax error the parser is lost: what follows would be noise.
  const first = doc.errors.find((error) => error.code !== "DUPLICATE_KEY");
  if (first)
    found.push(diagnose(yamlSyntax, file, at(first.pos[0]), describe(first.code, first.message)));
  const tab = text.indexOf("\t");
  if (tab !== -1) found.push(forbiddenCharacter(file, "\t", at(tab)));
  const nul = text.indexOf("\0");
  if (nul !== -1) found.push(forbiddenCharacter(file, "\0", at(nul)));
  return dedupe(found);
}

/** Tabs and NUL: allowed by YAML in places, never in data files. */
export function forbiddenCharacter(file: string, character: "\t" | "\0", at: Position): Diagnostic {
  return diagnose(
    yamlSyntax,
    file,
    at,
    character === "\t"
      ? 'tab character: indent with spaces and write a tab in a value as "\\t"'
      : "NUL byte: the file is binary or damaged",
  );
}

function describe(code: string, message: string): string {
  switch (code) {
    case "MULTIPLE_DOCS":
      return "a second YAML document starts here (---): keep one document per file";
    case "TAB_AS_INDENT":
      return "tab character used for indentation: indent with spaces";
    default:
      return `${message.split("\n")[0]}: check the indentation and quoting here`;
  }
}

/**
 * Anchors, aliases and merge keys (yaml-alias) and tags (yaml-syntax), the first of each, pointing
 * at the `&`, `*`, `<<` or `!` itself. Aliases are found, never resolved: a bomb costs nothing.
 */
function hiddenData(
  file: string,
  text: string,
  doc: Document,
  at: (offset: number) => Position,
): Diagnostic[] {
  let alias: number | undefined;
  let tag: number | undefined;
  const earliest = (current: number | undefined, offset: number) =>
    current === undefined || offset < current ? offset : current;
  // A node's range starts after its anchor and tag: look back for the indicator.
  const indicatorBefore = (node: Node, indicator: string) => {
    let offset = text.lastIndexOf(indicator, node.range?.[0] ?? 0);
    while (indicator === "!" && text[offset - 1] === "!") offset--;
    return Math.max(offset, 0);
  };
  const { isScalar, visit } = yaml();
  visit(doc, {
    Alias: (_, node) => {
      alias = earliest(alias, node.range?.[0] ?? 0);
    },
    Node: (_, node) => {
      if (node.anchor) alias = earliest(alias, indicatorBefore(node, `&${node.anchor}`));
      if (node.tag) tag = earliest(tag, indicatorBefore(node, "!"));
    },
    Pair: (_, pair) => {
      const key = pair.key as Node | null;
      if (isScalar(key) && key.value === "<<") alias = earliest(alias, key.range?.[0] ?? 0);
    },
  });
  const found: Diagnostic[] = [];
  if (alias !== undefined)
    found.push(
      diagnose(
        yamlAlias,
        file,
        at(alias),
        `${sourceWord(text, alias)} is not allowed: anchors (&), aliases (*) and merge keys (<<) hide data; write the values out in full`,
      ),
    );
  if (tag !== undefined)
    found.push(
      diagnose(
        yamlSyntax,
        file,
        at(tag),
        `the tag ${sourceWord(text, tag)} is not allowed: write the value in double quotes if it is text`,
      ),
    );
  return found;
}

/** The indicator and name at `offset`, e.g. "&base", "*base", "<<", "!!str". */
function sourceWord(text: string, offset: number): string {
  return text.slice(offset, offset + 100).match(/^[^\s:,[\]{}]+/)?.[0] ?? text.charAt(offset);
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
