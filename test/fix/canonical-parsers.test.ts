import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { serializeVendorFile } from "../../scripts/fix/serialize.js";
import { parseVendorText } from "../../scripts/load/load-data.js";
import { vendorFile } from "./arbitraries.js";

/** What canonical form promises: actors in id order, every value as written. */
function sortedActors<T extends { actors: { id: string }[] }>(data: T): T {
  return {
    ...data,
    actors: [...data.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

describe("canonical form reads the same in both parsers", () => {
  it("js-yaml (core schema) and yaml both read serialized vendor files back as the input", () => {
    fc.assert(
      fc.property(vendorFile, (data) => {
        const text = serializeVendorFile(data);
        const expected = sortedActors(data);
        expect(load(text, { schema: CORE_SCHEMA })).toStrictEqual(expected);
        expect(parse(text, { uniqueKeys: true })).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("the loader accepts serialized files without a diagnostic and reads the same data", () => {
    fc.assert(
      fc.property(vendorFile, (data) => {
        const { source, diagnostics } = parseVendorText(
          "data/vendors/v.yaml",
          serializeVendorFile(data),
        );
        expect(diagnostics).toEqual([]);
        expect(source?.data).toStrictEqual(sortedActors(data));
      }),
      { numRuns: 200 },
    );
  });

  it("serializing is a fixpoint: writing what was read gives the same text", () => {
    fc.assert(
      fc.property(vendorFile, (data) => {
        const text = serializeVendorFile(data);
        const { source } = parseVendorText("data/vendors/v.yaml", text);
        expect(source && serializeVendorFile(source.data, source.comments())).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
