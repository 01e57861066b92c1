import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { serializeVendorFile } from "../../scripts/fix/serialize.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { readCanonical } from "../../scripts/load/canonical-reader.js";
import { parseVendorText } from "../../scripts/load/load-data.js";
import { insertion, vendorFile, withComments } from "./arbitraries.js";

const header = "# yaml-language-server: $schema=../../schema/vendor.schema.json\n";

describe("the canonical reader", () => {
  it("reads what fix writes, comments included, as js-yaml does", () => {
    fc.assert(
      fc.property(
        vendorFile.filter((f) => JSON.stringify(f).indexOf(" #") === -1),
        fc.array(insertion, { maxLength: 8 }),
        (data, insertions) => {
          const commented = withComments(serializeVendorFile(data), insertions);
          const read = parseVendorText("v.yaml", commented).source;
          const written = serializeVendorFile(read?.data as VendorFile, read?.comments());
          expect(readCanonical(written)).toEqual(load(written, { schema: CORE_SCHEMA }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads every committed vendor file as js-yaml does", () => {
    const dir = join(packageRoot, "data", "vendors");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
      const text = readFileSync(join(dir, name), "utf8");
      expect(readCanonical(text), name).toEqual(load(text, { schema: CORE_SCHEMA }));
    }
  });

  it.each([
    ["a flow map", "vendor: {id: x}\n"],
    ["four-space indentation", "vendor:\n    id: x\n"],
    ["a YAML escape JSON lacks", 'vendor:\n  id: "\\x41"\n'],
    ["a repeated key", "vendor:\n  id: a\n  id: b\n"],
    ["a block scalar", "vendor:\n  name: |\n    x\n"],
    ["a missing final line break", "vendor:\n  id: x"],
  ])("gives up on %s", (_, body) => {
    expect(readCanonical(`${header}${body}`)).toBeUndefined();
  });
});
