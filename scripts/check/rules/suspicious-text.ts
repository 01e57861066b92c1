import type { NodePath } from "../../load/types.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";

const control = /[\p{Cc}]/u;
const zeroWidth = /[\u180E\u200B-\u200D\u2060\uFEFF]/u;
const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const anySuspicious =
  /[\p{Cc}\u180E\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]|^\s|\s$/u;
/** Spreadsheets run a cell that starts with one of these as a formula. */
const formulaStart = /^[=+\-@]/;

function codePoint(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? "";
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What is wrong with one string, or undefined. */
function problem(text: string, isName: boolean, isProse: boolean): string | undefined {
  if (isName && formulaStart.test(text)) {
    return `starts with "${text[0]}", which spreadsheets run as a formula: write the name without it`;
  }
  if (!anySuspicious.test(text)) return undefined;
  // Free text (the vendor's naming note) may span lines.
  const checked = isProse ? text.replace(/\n/g, "") : text;
  if (control.test(checked)) {
    return `contains the control character ${codePoint(checked, control)}: retype the text without it`;
  }
  if (zeroWidth.test(text)) {
    return `contains the invisible character ${codePoint(text, zeroWidth)}: retype the text without it`;
  }
  if (bidi.test(text)) {
    return `contains the text-direction control ${codePoint(text, bidi)}, which can make it display differently from what it says: retype the text without it`;
  }
  if (/^\s|\s$/u.test(text)) return "has leading or trailing space: remove it";
  return undefined;
}

function isNamePath(path: NodePath): boolean {
  const last = path[path.length - 1];
  return (
    last === "name" || path[path.length - 2] === "aliases" || (last === "actor" && path.length > 3)
  );
}

/** Calls `visit` for every string in `value`; `path` is a stack reused along the walk, so copy it to keep it. */
function walkStrings(
  value: unknown,
  path: (string | number)[],
  visit: (text: string, path: NodePath) => void,
): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walkStrings(value[index], path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      walkStrings(item, path, visit);
      path.pop();
    }
  }
}

export const suspiciousText: Rule = {
  code: "suspicious-text",
  severity: "error",
  description:
    "control, zero-width or bidi characters, leading/trailing space, or a name starting with `= + - @`",
  stage: "model",
  *check({ model }) {
    for (const file of model.vendors.values()) {
      const found: [string, NodePath, string][] = [];
      walkStrings(file.data, [], (text, path) => {
        const isProse = path.length === 2 && path[1] === "naming";
        const what = problem(text, isNamePath(path), isProse);
        if (what) found.push([text, [...path], what]);
      });
      for (const [text, path, what] of found) {
        yield report(suspiciousText, file, path, `${JSON.stringify(text)} ${what}`);
      }
    }
  },
};
