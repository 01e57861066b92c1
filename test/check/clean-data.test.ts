import { describe, expect, it } from "vitest";
import { agreeing } from "./agreeing.js";
import { check } from "./fixture.js";

describe("checkData on a clean dataset", () => {
  it("reports nothing once fix has written canonical form, uuids and the registry", () => {
    expect(check(agreeing, { fix: true })).toEqual([]);
  });

  it("reports every problem, sorted by file, line and column", () => {
    const diagnostics = check(agreeing);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      "data/clusters.yaml:1:1 not-canonical",
      "data/vendors/a.yaml:1:1 not-canonical",
      "data/vendors/a.yaml:7:9 missing-uuid",
      "data/vendors/b.yaml:1:1 not-canonical",
      "data/vendors/b.yaml:7:9 missing-uuid",
    ]);
  });
});
