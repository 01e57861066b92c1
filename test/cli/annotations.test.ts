import type { AnnotationProperties } from "@actions/core";
import { describe, expect, it } from "vitest";
import type { Diagnostic, Severity } from "../../scripts/core/diagnostic.js";
import { type AnnotationSink, annotate } from "../../scripts/github/annotations.js";

function diagnostics(severity: Severity, count: number): Diagnostic[] {
  return Array.from({ length: count }, (_, i) => ({
    severity,
    code: `${severity}-code`,
    file: "data/vendors/x.yaml",
    line: i + 1,
    column: 3,
    message: `${severity} ${i + 1}`,
  }));
}

function recorder(): AnnotationSink & { calls: [string, string, AnnotationProperties?][] } {
  const calls: [string, string, AnnotationProperties?][] = [];
  return {
    calls,
    error: (message, properties) => calls.push(["error", message, properties]),
    warning: (message, properties) => calls.push(["warning", message, properties]),
    notice: (message, properties) => calls.push(["notice", message, properties]),
  };
}

describe("annotate", () => {
  it("annotates each diagnostic on its file, line and column, titled with its code", () => {
    const sink = recorder();
    annotate(diagnostics("warning", 1), sink, "see the log");
    expect(sink.calls).toEqual([
      [
        "warning",
        "warning 1",
        { file: "data/vendors/x.yaml", startLine: 1, startColumn: 3, title: "warning-code" },
      ],
    ]);
  });

  it("limits errors and warnings to ten each and counts only what it left out", () => {
    const sink = recorder();
    annotate([...diagnostics("error", 12), ...diagnostics("warning", 4)], sink, "see the log");
    expect(sink.calls.map(([kind]) => kind)).toEqual([
      ...Array(10).fill("error"),
      ...Array(4).fill("warning"),
      "notice",
    ]);
    expect(sink.calls.at(-1)?.[1]).toBe("2 more errors not shown as annotations: see the log");
  });

  it("adds no notice when every diagnostic fits", () => {
    const sink = recorder();
    annotate([...diagnostics("error", 10), ...diagnostics("warning", 10)], sink, "see the log");
    expect(sink.calls.filter(([kind]) => kind === "notice")).toEqual([]);
  });

  it("says '1 more warning' in the singular", () => {
    const sink = recorder();
    annotate(diagnostics("warning", 11), sink, "see the log");
    expect(sink.calls.at(-1)?.[1]).toBe("1 more warning not shown as annotations: see the log");
  });
});

describe("annotate on a pull request's changed lines", () => {
  const onLine = (line: number) => (d: Diagnostic) => d.line === line;

  it("keeps warnings to the changed lines and counts the others", () => {
    const sink = recorder();
    annotate(diagnostics("warning", 3), sink, "see the log", onLine(2));
    expect(sink.calls.map(([kind, message]) => `${kind}: ${message}`)).toEqual([
      "warning: warning 2",
      "notice: 2 more warnings not shown as annotations: see the log",
    ]);
  });

  it("still annotates errors elsewhere, after the ones on the changed lines", () => {
    const sink = recorder();
    annotate(diagnostics("error", 3), sink, "see the log", onLine(3));
    expect(sink.calls.map(([, message]) => message)).toEqual(["error 3", "error 1", "error 2"]);
  });
});
