import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey } from "../../scripts/core/normalize.js";

/** DESIGN.md's definition, without the ASCII shortcut nameKey takes. */
function reference(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

describe("nameKey, which the name index and every name comparison use", () => {
  it("gives the definition's key for ASCII names and for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary-ascii" }), fc.string({ unit: "grapheme" })),
        (name) => {
          expect(nameKey(name)).toBe(reference(name));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("folds case, spaces, punctuation and compatibility forms", () => {
    expect(nameKey("Cozy Bear")).toBe(nameKey("COZY-BEAR"));
    expect(nameKey("ＡＰＴ２９")).toBe("apt29");
    expect(nameKey("Straße")).toBe("straße");
  });
});
