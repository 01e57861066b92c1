import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../scripts/core/diagnostic.js";
import { buildReport, parseReport } from "../../scripts/github/report.js";

const diagnostic = (i: number, message = "m"): Diagnostic => ({
  severity: i % 2 === 0 ? "error" : "warning",
  code: "schema",
  file: "data/vendors/acme.yaml",
  line: i + 1,
  column: 1,
  message,
});

describe("the pull request report artifact", () => {
  it("cuts a huge report to what the comment workflow accepts, keeping the full counts", () => {
    const diagnostics = Array.from({ length: 10_002 }, (_, i) =>
      diagnostic(i, "x".repeat(i === 0 ? 5_000 : 1)),
    );
    const report = buildReport(7, "a".repeat(40), diagnostics, "e".repeat(9_000));
    const read = parseReport(JSON.stringify(report));
    expect(read.errors).toBe(5_001);
    expect(read.warnings).toBe(5_001);
    expect(read.diagnostics).toHaveLength(10_000);
    expect(read.diagnostics[0]?.message).toHaveLength(4_000);
    expect(read.diagnostics[0]?.message.endsWith("…")).toBe(true);
    expect(read.diffError).toHaveLength(4_000);
  });

  it("keeps only the documented fields of what it reads", () => {
    const json = JSON.stringify({
      ...buildReport(7, "a".repeat(40), [diagnostic(0)], undefined),
      __proto__x: 1,
      extra: { a: 1 },
    });
    expect(Object.keys(parseReport(json))).toEqual([
      "format",
      "pullRequest",
      "headSha",
      "errors",
      "warnings",
      "diagnostics",
    ]);
  });
});
