import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { parseVendorText } from "../../scripts/load/load-data.js";

const base = readFileSync(join(packageRoot, "test/fixtures/load/canonical.yaml"), "utf8");

function edit(...pairs: [string, string][]): string {
  let text = base;
  for (const [find, replace] of pairs) {
    expect(text).toContain(find);
    text = text.replace(find, replace);
  }
  return text;
}

/** `line:column message` of every diagnostic, all of code `schema`. */
function schemaErrors(text: string): string[] {
  const { source, diagnostics } = parseVendorText("data/vendors/example.yaml", text);
  expect(source).toBeUndefined();
  expect(diagnostics.every((d) => d.code === "schema" && d.severity === "error")).toBe(true);
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe("schema errors say what is expected, at the node", () => {
  it("a date written as a number: the quoted form the analyst should write", () => {
    expect(schemaErrors(edit(['first_seen: "2019"', "first_seen: 2019"]))).toEqual([
      '19:17 first_seen must be a quoted string like "2019", "2019-05" or "2019-05-14" (found the number 2019)',
    ]);
  });

  it("a missing property points at its parent: the actor, or the vendor key", () => {
    expect(schemaErrors(edit(["    category: nation-state\n", ""]))).toEqual([
      '11:5 actors item 1 ("ash-bear") is missing category: one of nation-state, financially-motivated, private-sector-offensive, influence-operations, hacktivist, in-development, unknown',
    ]);
    expect(schemaErrors(edit(["  url: https://example.org/naming\n", ""]))).toEqual([
      "2:1 vendor is missing url: a web address starting with https:// or http://",
    ]);
  });

  it("an unknown property points at the key and suggests the nearest one", () => {
    const [error] = schemaErrors(edit(['first_seen: "2019"', 'firstseen: "2019"']));
    expect(error).toMatch(
      /^19:5 unknown field "firstseen" in actors item 1 \("ash-bear"\)\. Did you mean first_seen\? Allowed here: id, uuid, name/,
    );
  });

  it("a value outside its list of choices", () => {
    expect(schemaErrors(edit(["status: active", "status: alive"]))).toEqual([
      '18:13 status must be one of active, retired, merged (found "alive")',
    ]);
    expect(schemaErrors(edit(["origin: RU", "origin: Russia"]))).toEqual([
      '16:13 origin must be a two-letter ISO 3166-1 country code in capitals, like "RU" or "KP" (found "Russia")',
    ]);
  });

  it("merged_into: required with status merged, forbidden otherwise; no if/then noise", () => {
    expect(schemaErrors(edit(["    merged_into: ash-bear\n", ""]))).toEqual([
      "25:5 merged_into is required when status is merged",
    ]);
    expect(
      schemaErrors(edit(["    status: active\n", "    status: active\n    merged_into: x\n"])),
    ).toEqual(["19:5 merged_into is only allowed when status is merged: remove it"]);
  });

  it("a repeated list item points at the second one", () => {
    expect(
      schemaErrors(edit(["      - GROUP-12\n", "      - GROUP-12\n      - GROUP-12\n"])),
    ).toEqual([
      "16:9 aliases must be a list of this authority's own other or former names, each once: items 1 and 2 are the same",
    ]);
  });

  it("a value YAML reads as a boolean where text is expected", () => {
    expect(schemaErrors(edit(["name: Old Fox", "name: true"]))).toEqual([
      "27:11 name must be a non-empty text (put it in quotes if it could read as a number, a date or true/false) (found true, a yes/no value)",
    ]);
  });

  it("a url failing several keywords is reported once", () => {
    expect(
      schemaErrors(edit(["source: https://example.org/report", "source: example.org/report"])),
    ).toEqual([
      '24:17 source must be a web address starting with https:// or http:// (found "example.org/report")',
    ]);
  });

  it("every error of a file is reported, each at its own node", () => {
    const errors = schemaErrors(
      edit(["status: active", "status: alive"], ["name: Old Fox", "name: 12"]),
    );
    expect(errors.map((e) => e.split(" ")[0])).toEqual(["18:13", "27:11"]);
  });

  it("a list where a block is expected, or nothing where a list is expected", () => {
    const text = `${base.split("actors:")[0]}actors:\n`;
    expect(schemaErrors(text)).toEqual([
      "9:1 actors must be a list of actors (may be empty) (found nothing)",
    ]);
    expect(schemaErrors("vendor:\n  - id: example\nactors: []\n")).toEqual([
      "2:5 vendor must be a block with id, name, url and provenance (found a list)",
    ]);
  });
});
