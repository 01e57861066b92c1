import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeVendorFile } from "../../scripts/fix/serialize.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { matchesCanonical } from "../../scripts/load/canonical.js";
import { parseVendorText } from "../../scripts/load/load-data.js";
import { insertion, vendorFile, withComments } from "./arbitraries.js";

function commentsOf(text: string): string[] {
  // Canonical text holds no " #" outside comments except inside double quotes: good enough here,
  // because the inserted comments' texts are compared as a multiset.
  return text
    .split("\n")
    .slice(1)
    .flatMap((line) => {
      const at = line.trimStart().startsWith("#") ? line.indexOf("#") : line.lastIndexOf(" #") + 1;
      return at > 0 || line.trimStart().startsWith("#") ? [line.slice(at + 1)] : [];
    })
    .sort();
}

describe("comments survive fix wherever they are", () => {
  it("rewriting keeps every comment and the data, and a second rewrite changes nothing", () => {
    fc.assert(
      fc.property(
        vendorFile.filter((f) => JSON.stringify(f).indexOf(" #") === -1),
        fc.array(insertion, { maxLength: 8 }),
        (data, insertions) => {
          const canonical = serializeVendorFile(data);
          const commented = withComments(canonical, insertions);
          const first = parseVendorText("v.yaml", commented);
          expect(first.source?.data).toEqual(parseVendorText("v.yaml", canonical).source?.data);
          const written = serializeVendorFile(
            first.source?.data as VendorFile,
            first.source?.comments(),
          );
          expect(commentsOf(written)).toEqual(commentsOf(commented));
          // The fast path accepts exactly the texts a rewrite would leave alone.
          expect(matchesCanonical(written, canonical)).toBe(true);
          if (matchesCanonical(commented, canonical)) expect(written).toBe(commented);
          const second = parseVendorText("v.yaml", written);
          expect(second.diagnostics).toEqual([]);
          expect(
            serializeVendorFile(second.source?.data as VendorFile, second.source?.comments()),
          ).toBe(written);
        },
      ),
      { numRuns: 300 },
    );
  });
});
