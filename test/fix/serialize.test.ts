import { describe, expect, it } from "vitest";
import { serializeRegistry, serializeVendorFile } from "../../scripts/fix/serialize.js";
import { yamlScalar } from "../../scripts/fix/yaml-scalar.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { parseVendorText } from "../../scripts/load/load-data.js";

describe("scalars", () => {
  it.each([
    ["Midnight Blizzard", "Midnight Blizzard"],
    ["COZY BEAR", "COZY BEAR"],
    ["https://example.org/a?b=1&c=2#top", "https://example.org/a?b=1&c=2#top"],
    ["Türkiye", "Türkiye"],
    ["Storm-0558", "Storm-0558"],
    // YAML 1.1 or 1.2 booleans and nulls, in any case
    ["yes", '"yes"'],
    ["No", '"No"'],
    ["on", '"on"'],
    ["OFF", '"OFF"'],
    ["y", '"y"'],
    ["null", '"null"'],
    ["~", '"~"'],
    ["true", '"true"'],
    // numbers and dates, which start with a digit, sign or dot
    ["2019", '"2019"'],
    ["2019-05-14", '"2019-05-14"'],
    ["0x1F", '"0x1F"'],
    [".inf", '".inf"'],
    ["-1", '"-1"'],
    // indicators and what would end or split a plain scalar
    ["@octocat", '"@octocat"'],
    ["*alias", '"*alias"'],
    ["&anchor", '"&anchor"'],
    ["!tag", '"!tag"'],
    ["- item", '"- item"'],
    ["key: value", '"key: value"'],
    ["ends with colon:", '"ends with colon:"'],
    ["text # comment", '"text # comment"'],
    [" leading", '" leading"'],
    ["trailing ", '"trailing "'],
    ["", '""'],
    // escapes: JSON's, plus characters some parsers read as line breaks
    ['say "hi"\n', '"say \\"hi\\"\\n"'],
    ["tab\there", '"tab\\there"'],
    ["line\u2028separator", '"line\\u2028separator"'],
    ["next\u0085line", '"next\\u0085line"'],
    ["\ufeffbom", '"\\ufeffbom"'],
    ["nbsp\u00a0inside", '"nbsp\u00a0inside"'],
  ])("%j is written %s", (value, written) => {
    expect(yamlScalar(value)).toBe(written);
  });
});

const vendor = {
  id: "example",
  name: "Example",
  url: "https://example.org",
  provenance: "curated",
} as const;

describe("serializeVendorFile", () => {
  it("writes the header, keys in schema order, actors by id and lists one item per line", () => {
    const data = {
      actors: [
        {
          status: "active",
          category: "nation-state",
          name: "Zed",
          id: "zed",
          aliases: ["Z1", "yes"],
          mappings: [
            { source: "https://s.example", actor: "Other", vendor: "other", since: "2025" },
          ],
        },
        { name: "Alpha", id: "alpha", category: "unknown", status: "active", references: [] },
      ],
      vendor: { ...vendor, maintainers: ["@octocat"] },
    } as VendorFile;
    expect(serializeVendorFile(data)).toBe(
      [
        "# yaml-language-server: $schema=../../schema/vendor.schema.json",
        "vendor:",
        "  id: example",
        "  name: Example",
        "  url: https://example.org",
        "  provenance: curated",
        "  maintainers:",
        '    - "@octocat"',
        "actors:",
        "  - id: alpha",
        "    name: Alpha",
        "    category: unknown",
        "    status: active",
        "    references: []",
        "  - id: zed",
        "    name: Zed",
        "    aliases:",
        "      - Z1",
        '      - "yes"',
        "    category: nation-state",
        "    status: active",
        "    mappings:",
        "      - vendor: other",
        "        actor: Other",
        "        source: https://s.example",
        '        since: "2025"',
        "",
      ].join("\n"),
    );
  });

  it("writes an empty actor list as []", () => {
    expect(serializeVendorFile({ vendor, actors: [] } as VendorFile)).toMatch(/\nactors: \[\]\n$/);
  });

  it("keeps every comment and moves an actor's comments with it when sorting", () => {
    const text = [
      "# Curated from the 2025 joint list",
      "vendor:",
      "  name: Example # the display name",
      "  id: example",
      "  url: https://example.org",
      "  provenance: curated",
      "actors:",
      "  # Zed: renamed in 2024",
      "  - id: zed",
      "    name: Zed",
      "    aliases:",
      "      # the old name",
      "      - Z1 # until 2024",
      "      # more to come",
      "    category: unknown",
      "    status: active",
      "  # Alpha",
      "  - id: alpha",
      "    status: active # check this",
      "    name: Alpha",
      "    category: unknown",
      "# end of file",
      "",
    ].join("\n");
    const { source } = parseVendorText("v.yaml", text);
    expect(source).toBeDefined();
    const written = serializeVendorFile(source?.data as VendorFile, source?.comments());
    expect(written).toBe(
      [
        "# yaml-language-server: $schema=../../schema/vendor.schema.json",
        "# Curated from the 2025 joint list",
        "vendor:",
        "  id: example",
        "  name: Example # the display name",
        "  url: https://example.org",
        "  provenance: curated",
        "actors:",
        "  # Alpha",
        "  - id: alpha",
        "    name: Alpha",
        "    category: unknown",
        "    status: active # check this",
        "  # Zed: renamed in 2024",
        "  - id: zed",
        "    name: Zed",
        "    aliases:",
        "      # the old name",
        "      - Z1 # until 2024",
        "      # more to come",
        "    category: unknown",
        "    status: active",
        "# end of file",
        "",
      ].join("\n"),
    );
    const again = parseVendorText("v.yaml", written);
    expect(again.diagnostics).toEqual([]);
    expect(serializeVendorFile(again.source?.data as VendorFile, again.source?.comments())).toBe(
      written,
    );
  });
});

describe("serializeRegistry", () => {
  it("writes the header and the registry keys in order, identities sorted by vendor", () => {
    const text = serializeRegistry({
      relationships: [],
      identities: {
        zeta: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        alpha: "a1b2c3d4-0000-4000-8000-000000000000",
      },
      redirects: [
        {
          to: "a1b2c3d4-0000-4000-8000-000000000001",
          from: "a1b2c3d4-0000-4000-8000-000000000002",
        },
      ],
      clusters: [],
    });
    expect(text).toBe(
      [
        "# Written by `npx actormap fix`: stable ids for clusters, vendor identities and relationships.",
        "# Do not edit by hand; ids listed here are never reused.",
        "clusters: []",
        "redirects:",
        "  - from: a1b2c3d4-0000-4000-8000-000000000002",
        "    to: a1b2c3d4-0000-4000-8000-000000000001",
        "identities:",
        "  alpha: a1b2c3d4-0000-4000-8000-000000000000",
        '  zeta: "7c9e6679-7425-40de-944b-e07fc1f90ae7"',
        "relationships: []",
        "",
      ].join("\n"),
    );
  });
});
