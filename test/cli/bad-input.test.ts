import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { diagnosticLines, expectNoCrash } from "./datasets.js";

/** Deterministic bytes that are neither YAML nor UTF-8. */
function junk(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = 2463534242;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

/** The "billion laughs": nine levels of nine aliases each, 387 million strings if expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let level = 1; level <= 9; level++) {
    const refs = Array.from({ length: 9 }, () => `*a${level - 1}`).join(", ");
    lines.push(`a${level}: &a${level} [${refs}]`);
  }
  return `${lines.join("\n")}\n`;
}

const header =
  "vendor:\n  id: bad\n  name: Bad\n  url: https://example.com/\n  provenance: curated\n";

/** Each bad file, the code it is reported with and where (undefined: wherever the junk breaks). */
const badFiles: [string, string | Buffer, string, string | undefined][] = [
  ["5 MB of junk", junk(5 * 1024 * 1024), "yaml-syntax", undefined],
  ["a YAML alias bomb", aliasBomb(), "yaml-alias", "1:5"],
  ["a __proto__ key", `${header}actors: []\n__proto__:\n  polluted: true\n`, "schema", "7:1"],
  ["NUL bytes", `${header}actors:\n  - id: a\u0000b\n`, "yaml-syntax", "7:10"],
  ["an empty file", "", "yaml-syntax", "1:1"],
  ["a list instead of a map", "- vendor: bad\n- actors: []\n", "yaml-syntax", "1:1"],
];

describe("actormap validate on bad input", () => {
  it.each(badFiles)("reports %s as a diagnostic, never a crash", async (_, content, code, at) => {
    const dir = tempDir({ "data/vendors/bad.yaml": content });
    const result = await runCli(["validate"], { cwd: dir });
    expectNoCrash(result);
    const lines = diagnosticLines(result.stdout).filter((m) => m[1] === "data/vendors/bad.yaml");
    expect(lines.map((m) => m[5])).toEqual([code]);
    if (at) expect(`${lines[0]?.[2]}:${lines[0]?.[3]}`).toBe(at);
    expect(result.code).toBe(1);
  });

  it("keeps the output of a junk file short", async () => {
    const dir = tempDir({ "data/vendors/bad.yaml": junk(5 * 1024 * 1024) });
    const result = await runCli(["validate"], { cwd: dir });
    expect(result.stdout.length).toBeLessThan(10_000);
  });
});
