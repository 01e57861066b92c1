import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../scripts/cli/command.js";
import { packageRoot } from "../../scripts/core/paths.js";
import { loadData, parseVendorText } from "../../scripts/load/load-data.js";
import { tempDir } from "../helpers/cli.js";

const canonical = readFileSync(join(packageRoot, "test/fixtures/load/canonical.yaml"), "utf8");
const other = canonical.replaceAll("example", "other").replace("ash-bear", "grey-owl");
const registry = `clusters:
  - uuid: "2f1e7a3c-5b4d-4e6f-8a9b-0c1d2e3f4a5b"
    members:
      - example/ash-bear
    created: "2025-06-02T00:00:00.000Z"
    modified: "2025-06-02T00:00:00.000Z"
    hash: ${"ab".repeat(32)}
redirects: []
identities:
  example: "7c9e6679-7425-40de-944b-e07fc1f90ae7"
relationships: []
`;

/** How a path in `dir` appears in diagnostics: relative to the working directory, with `/`. */
function shown(dir: string, path: string): string {
  return relative(process.cwd(), join(dir, path)).split("\\").join("/");
}

describe("loadData", () => {
  it("reads vendor files sorted by name, the registry, and its raw text", () => {
    const dir = tempDir({
      "vendors/zeta.yaml": other,
      "vendors/example.yaml": canonical,
      "vendors/notes.txt": "not a vendor file",
      "clusters.yaml": registry,
    });
    const loaded = loadData(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files.map((f) => [f.vendorId, f.file])).toEqual([
      ["example", shown(dir, "vendors/example.yaml")],
      ["zeta", shown(dir, "vendors/zeta.yaml")],
    ]);
    expect(loaded.registry?.identities).toEqual({
      example: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    });
    expect(loaded.registryText).toBe(registry);
  });

  it("lists files that cannot be read as unreadable, with their diagnostics", () => {
    const dir = tempDir({ "vendors/example.yaml": canonical, "vendors/broken.yaml": "- a\n" });
    const loaded = loadData(dir);
    expect(loaded.unreadable).toEqual(["broken"]);
    expect(loaded.files.map((f) => f.vendorId)).toEqual(["example"]);
    expect(loaded.diagnostics).toMatchObject([
      { file: shown(dir, "vendors/broken.yaml"), line: 1, column: 1, code: "yaml-syntax" },
    ]);
    expect(loaded.registry).toBeUndefined();
    expect(loaded.registryText).toBe("");
  });

  it("checks clusters.yaml against its schema, with positions", () => {
    const dir = tempDir({
      "vendors/example.yaml": canonical,
      "clusters.yaml": registry.replace(
        'created: "2025-06-02T00:00:00.000Z"',
        "created: 2025-06-02",
      ),
    });
    const loaded = loadData(dir);
    expect(loaded.registry).toBeUndefined();
    expect(loaded.diagnostics).toEqual([
      {
        severity: "error",
        code: "schema",
        file: shown(dir, "clusters.yaml"),
        line: 5,
        column: 14,
        message:
          'created must be a quoted UTC time with milliseconds like "2025-06-02T00:00:00.000Z" (found "2025-06-02")',
      },
    ]);
  });

  it("refuses a folder without vendors/ as a usage error", () => {
    expect(() => loadData(tempDir({}))).toThrow(UsageError);
  });
});

describe("canonical form", () => {
  it("a readable file out of canonical form gets not-canonical at the first differing line", () => {
    const text = canonical.replace(
      "    uuid: b3a3f6c2-7d51-4c1e-9a53-3a8f6d0c1e21\n    name: Ash Bear # named after the 2019 report\n",
      "    name: Ash Bear # named after the 2019 report\n    uuid: b3a3f6c2-7d51-4c1e-9a53-3a8f6d0c1e21\n",
    );
    const { source, diagnostics } = parseVendorText("data/vendors/example.yaml", text);
    expect(source?.data.actors[0]?.uuid).toBe("b3a3f6c2-7d51-4c1e-9a53-3a8f6d0c1e21");
    expect(diagnostics).toMatchObject([
      { code: "not-canonical", severity: "error", line: 12, column: 1 },
    ]);
    expect(diagnostics[0]?.message).toContain("npx actormap fix");
  });

  it.each([
    ["two spaces before a trailing comment", ["Ash Bear # named", "Ash Bear  # named"], 13],
    [
      "a comment indented unlike its line",
      ["  # Russian state actors", "    # Russian state actors"],
      10,
    ],
    ["a blank line", ["  - id: old-fox", "\n  - id: old-fox"], 25],
    ["a flow list", ["    aliases:\n      - GROUP-12\n", "    aliases: [GROUP-12]\n"], 14],
    [
      "a missing header",
      ["# yaml-language-server: $schema=../../schema/vendor.schema.json\n", ""],
      1,
    ],
    ["CRLF line ends", ["\n", "\r\n"], 1],
  ])("not canonical: %s", (_, [find, replace], line) => {
    expect(canonical).toContain(find);
    const { source, diagnostics } = parseVendorText(
      "v.yaml",
      canonical.replaceAll(find as string, replace as string),
    );
    expect(source).toBeDefined();
    expect(diagnostics).toMatchObject([{ code: "not-canonical", line }]);
  });

  it("locate and comments work on a file read through the fast path", () => {
    const { source } = parseVendorText("v.yaml", canonical);
    expect(source?.locate(["actors", 1, "merged_into"])).toEqual({ line: 30, column: 18 });
    expect(source?.locate(["actors", 1, "merged_into"], "key")).toEqual({ line: 30, column: 5 });
    expect(source?.locate(["actors", 0])).toEqual({ line: 11, column: 5 });
    expect(source?.locate(["actors", 0, "nothing", 3])).toEqual({ line: 11, column: 5 });
    expect(source?.locate(["vendor"], "key")).toEqual({ line: 2, column: 1 });
    expect(Object.fromEntries(source?.comments() ?? [])).toEqual({
      "actors/0": { before: [" Russian state actors"] },
      "actors/0/name": { trailing: " named after the 2019 report" },
    });
  });
});
