import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { packageRoot } from "../../scripts/core/paths.js";
import { serializeVendorFile, vendorFileLayout } from "../../scripts/fix/serialize.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { commentLines } from "../../scripts/load/canonical.js";
import { parseVendorText } from "../../scripts/load/load-data.js";
import { locateNode, locateWritten } from "../../scripts/load/locate.js";
import type { NodePath } from "../../scripts/load/types.js";
import { insertion, vendorFile, withComments } from "./arbitraries.js";

/** Every node path of `value`, and one missing child below each (for the ancestor fallback). */
function nodePaths(value: unknown, path: NodePath = []): NodePath[] {
  const found: NodePath[] = [path, [...path, "missing"]];
  if (Array.isArray(value)) {
    found.push([...path, value.length]);
    value.forEach((item, index) => {
      found.push(...nodePaths(item, [...path, index]));
    });
  } else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) found.push(...nodePaths(item, [...path, key]));
  return found;
}

/**
 * A canonical file's positions computed from the writer's layout equal those `yaml` gives, for
 * every node path, as key and as value.
 */
function expectSamePositions(text: string, data: VendorFile) {
  const comments = commentLines(text, serializeVendorFile(data));
  expect(comments, "the text is canonical").toBeDefined();
  const layout = vendorFileLayout(data);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  for (const path of nodePaths(data))
    for (const at of ["key", "value"] as const)
      expect(locateWritten(layout, comments ?? [], path, at), `${path.join("/")} (${at})`).toEqual(
        locateNode(doc, lines, path, at),
      );
}

describe("positions in canonical files come without a second parse", () => {
  it("equal yaml's positions for every node of random files with random comments", () => {
    fc.assert(
      fc.property(
        vendorFile.filter((f) => JSON.stringify(f).indexOf(" #") === -1),
        fc.array(insertion, { maxLength: 8 }),
        (data, insertions) => {
          const commented = withComments(serializeVendorFile(data), insertions);
          const read = parseVendorText("v.yaml", commented).source;
          // What fix writes is canonical with its comments: the texts the fast path accepts.
          const written = serializeVendorFile(read?.data as VendorFile, read?.comments());
          expectSamePositions(written, read?.data as VendorFile);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("equal yaml's positions for every node of the committed vendor files", () => {
    const dir = join(packageRoot, "data", "vendors");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
      const text = readFileSync(join(dir, name), "utf8");
      const source = parseVendorText(name, text).source;
      expect(source, name).toBeDefined();
      expectSamePositions(text, source?.data as VendorFile);
    }
  });

  it("the loader's locate counts the comment lines of a canonical file", () => {
    const text = [
      "# yaml-language-server: $schema=../../schema/vendor.schema.json",
      "vendor:",
      "  id: v",
      "  name: V",
      "  url: https://v.example",
      "  provenance: curated",
      "actors:",
      "  # the only actor",
      "  - id: a # trailing",
      "    name: A",
      "    category: unknown",
      "    status: active",
      "",
    ].join("\n");
    const source = parseVendorText("v.yaml", text).source;
    expect(source?.locate(["actors", 0, "name"])).toEqual({ line: 10, column: 11 });
    expect(source?.locate(["actors", 0, "name"], "key")).toEqual({ line: 10, column: 5 });
    expect(source?.locate(["actors", 0, "aliases", 2])).toEqual({ line: 9, column: 5 });
    expect(source?.locate(["actors"])).toEqual({ line: 9, column: 5 });
  });
});
