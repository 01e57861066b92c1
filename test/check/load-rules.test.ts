import { describe, expect, it } from "vitest";
import { agreeing } from "./agreeing.js";
import { check, positions } from "./fixture.js";

const header =
  "vendor:\n  id: a\n  name: A Intel\n  url: https://example.com/a\n  provenance: curated\n";

// The loader reports these; checkData passes them on, and other rules skip the file.
describe("load-stage rules through checkData", () => {
  it("yaml-syntax: points at where the file stops parsing (an unclosed list)", () => {
    const diagnostics = check({ "vendors/a.yaml": `${header}actors: [\n` });
    expect(positions(diagnostics, "yaml-syntax")).toEqual([
      "data/vendors/a.yaml:7:1 error yaml-syntax",
    ]);
    expect(diagnostics.map((d) => d.file)).not.toContain("data/clusters.yaml");
  });

  it("yaml-duplicate-key: points at the repeated key", () => {
    const diagnostics = check({ "vendors/a.yaml": `${header}  name: Again\nactors: []\n` });
    expect(positions(diagnostics, "yaml-duplicate-key")).toEqual([
      "data/vendors/a.yaml:6:3 error yaml-duplicate-key",
    ]);
  });

  it("yaml-alias: points at the first anchor", () => {
    const actors =
      "actors:\n  - &red\n    id: red\n    name: Red\n    category: unknown\n    status: active\n  - *red\n";
    const diagnostics = check({ "vendors/a.yaml": `${header}${actors}` });
    expect(positions(diagnostics, "yaml-alias")).toEqual([
      "data/vendors/a.yaml:7:5 error yaml-alias",
    ]);
  });

  it("schema: points at the value that breaks the schema", () => {
    const actors = "actors:\n  - id: red\n    name: Red\n    category: spy\n    status: active\n";
    const diagnostics = check({ "vendors/a.yaml": `${header}${actors}` });
    expect(positions(diagnostics, "schema")).toEqual(["data/vendors/a.yaml:9:15 error schema"]);
  });

  it("none of them on valid files", () => {
    const codes = check(agreeing).map((d) => d.code);
    for (const code of ["yaml-syntax", "yaml-duplicate-key", "yaml-alias", "schema"]) {
      expect(codes).not.toContain(code);
    }
  });
});
