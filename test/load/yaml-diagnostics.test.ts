import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { parseVendorText } from "../../scripts/load/load-data.js";

const base = readFileSync(join(packageRoot, "test/fixtures/load/canonical.yaml"), "utf8");
const file = "data/vendors/example.yaml";

/** `line:column code` of every diagnostic, and the messages. */
function read(input: string | Uint8Array) {
  const { source, diagnostics } = parseVendorText(file, input);
  return {
    source,
    where: diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
    messages: diagnostics.map((d) => d.message),
    files: diagnostics.map((d) => d.file),
  };
}

function edit(find: string, replace: string): string {
  expect(base).toContain(find);
  return base.replace(find, replace);
}

describe("yaml diagnostics name the file, line and column", () => {
  it("reads the canonical fixture without a diagnostic", () => {
    const { source, where } = read(base);
    expect(where).toEqual([]);
    expect(source?.data.actors.map((a) => a.id)).toEqual(["ash-bear", "old-fox"]);
  });

  it("yaml-duplicate-key points at the repeated key", () => {
    const { source, where, messages, files } = read(
      edit("    origin: RU\n", "    origin: RU\n    origin: KP\n"),
    );
    expect(source).toBeUndefined();
    expect(where).toEqual(["17:5 error yaml-duplicate-key"]);
    expect(messages[0]).toContain("origin");
    expect(files).toEqual([file]);
  });

  it("yaml-alias points at the first anchor, not at the alias that uses it", () => {
    const text = edit("category: nation-state", "category: &cat nation-state").replace(
      "category: financially-motivated",
      "category: *cat",
    );
    const { where, messages } = read(text);
    expect(where).toEqual(["17:15 error yaml-alias"]);
    expect(messages[0]).toMatch(/^&cat is not allowed/);
  });

  it("yaml-alias reports a merge key", () => {
    const { where, messages } = read(edit("    status: merged\n", "    <<: {status: merged}\n"));
    expect(where).toEqual(["29:5 error yaml-alias"]);
    expect(messages[0]).toMatch(/^<< is not allowed/);
  });

  it("an alias bomb is reported at its first anchor without expanding it", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 40; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const { where } = read(`${lines.join("\n")}\n`);
    expect(where).toEqual(["1:5 error yaml-alias"]);
  });

  it("a tag is a yaml-syntax error at the tag", () => {
    const { where, messages } = read(edit('first_seen: "2019"', "first_seen: !!str 2019"));
    expect(where).toEqual(["19:17 error yaml-syntax"]);
    expect(messages[0]).toContain("!!str");
  });

  it("a second document is a yaml-syntax error at its ---", () => {
    const { where, messages } = read(`${base}---\nvendor: {}\n`);
    expect(where).toEqual(["31:1 error yaml-syntax"]);
    expect(messages[0]).toContain("one document per file");
  });

  it("a tab is a yaml-syntax error at the tab, inside a line or as indentation", () => {
    expect(read(edit("    origin: RU", "    origin:\tRU")).where).toEqual([
      "16:12 error yaml-syntax",
    ]);
    expect(read(edit("    origin: RU", "\torigin: RU")).where).toEqual(["16:1 error yaml-syntax"]);
  });

  it("a NUL byte is a yaml-syntax error at the byte", () => {
    const { where, messages } = read(edit("Old Fox", "Old\0Fox"));
    expect(where).toEqual(["27:14 error yaml-syntax"]);
    expect(messages[0]).toContain("NUL");
  });

  it("bytes that are not UTF-8 are reported at the bad byte, columns counting characters", () => {
    const [before, after] = base.split("Ash Bear") as [string, string];
    const bytes = Buffer.concat([
      Buffer.from(`${before}Äsh B`),
      Buffer.from([0xe9]), // Latin-1 é
      Buffer.from(`ar${after}`),
    ]);
    const { where, messages } = read(bytes);
    expect(where).toEqual(["13:16 error yaml-syntax"]);
    expect(messages[0]).toContain("0xE9");
  });

  it("broken indentation is a yaml-syntax error on its line", () => {
    const { where } = read(edit("    category: financially", "     category: financially"));
    expect(where).toHaveLength(1);
    expect(where[0]).toMatch(/^28:\d+ error yaml-syntax$/);
  });

  it.each([
    ["an empty file", ""],
    ["only blank lines", "\n  \n"],
    ["only comments", "# nothing yet\n"],
  ])("%s is a yaml-syntax error at 1:1", (_, text) => {
    const { where, messages } = read(text);
    expect(where).toEqual(["1:1 error yaml-syntax"]);
    expect(messages[0]).toMatch(/^the file is empty/);
  });

  it("a top level that is a list or a single value is a yaml-syntax error", () => {
    expect(read("- vendor\n- actors\n")).toMatchObject({ where: ["1:1 error yaml-syntax"] });
    expect(read("- a\n").messages[0]).toMatch(/not a list$/);
    expect(read("# hi\n  hello\n")).toMatchObject({ where: ["2:3 error yaml-syntax"] });
    expect(read("hello\n").messages[0]).toMatch(/not a single value$/);
  });

  it("__proto__ is reported as an unknown field and pollutes nothing", () => {
    const { where, messages } = read(
      edit("    status: merged\n", "    status: merged\n    __proto__: {polluted: true}\n"),
    );
    expect(where).toEqual(["30:5 error schema"]);
    expect(messages[0]).toContain('unknown field "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("5 MB of junk (random bytes or random text) gives one diagnostic, not an exception", () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    const bytes = Uint8Array.from({ length: 5_000_000 }, next);
    expect(read(bytes).where).toEqual([expect.stringMatching(/^\d+:\d+ error yaml-syntax$/)]);
    const printable = Buffer.from(Uint8Array.from({ length: 5_000_000 }, () => 32 + (next() % 95)));
    expect(read(printable).where).toEqual([expect.stringMatching(/^\d+:\d+ error yaml-syntax$/)]);
  });

  it("deeply nested junk is refused without exhausting the stack", () => {
    expect(read("[".repeat(100_000)).where).toEqual([expect.stringMatching(/ error yaml-syntax$/)]);
    expect(read(`${"- ".repeat(100_000)}x\n`).where).toEqual([
      expect.stringMatching(/ error yaml-syntax$/),
    ]);
  });
});
