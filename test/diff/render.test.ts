import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { diffExports } from "../../scripts/diff/diff-exports.js";
import { wordDiff } from "../../scripts/diff/markdown-text.js";
import { renderChangesJson } from "../../scripts/diff/render-json.js";
import { renderChangesMarkdown } from "../../scripts/diff/render-markdown.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";

const read = (path: string) => JSON.parse(readFileSync(join(packageRoot, path), "utf8"));
const base = read("test/fixtures/diff/base.json") as ExportFile;

/** The next release: an actor renamed, an alias and a CrowdStrike-side claim added. */
function nextRelease(): ExportFile {
  const next = structuredClone(base);
  next.version = "1.1.0";
  const blizzard = next.actors.find((a) => a.key === "microsoft/midnight-blizzard");
  if (!blizzard) throw new Error("fixture");
  blizzard.name = "Midnight Blizard";
  blizzard.aliases.push("Dark*Halo");
  const mapping = next.mappings[0];
  if (!mapping) throw new Error("fixture");
  mapping.status = "mutual";
  mapping.sources.unshift({ vendor: "crowdstrike", url: "https://example.com/cs" });
  return next;
}

describe("CHANGES.json", () => {
  it("is valid against schema/changes.schema.json and the same bytes on every run", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(read("schema/changes.schema.json"));
    const text = renderChangesJson(diffExports(base, nextRelease()));
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(renderChangesJson(diffExports(base, nextRelease()))).toBe(text);
  });

  it("sorts keys at every level and ends with a newline", () => {
    const text = renderChangesJson(diffExports(base, nextRelease()));
    const topKeys = Object.keys(JSON.parse(text));
    expect(topKeys).toEqual([...topKeys].sort());
    expect(text.indexOf('"key"')).toBeLessThan(text.indexOf('"name"'));
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("Markdown changes", () => {
  it("puts the bump and the counts before the changes, grouped by vendor", () => {
    const md = renderChangesMarkdown(diffExports(base, nextRelease()));
    expect(md.split("\n").slice(0, 9)).toEqual([
      "## Dataset changes 1.0.0 → 1.1.0",
      "",
      "**Version bump: minor** (additions and compatible changes; every id keeps its meaning)",
      "",
      "| Change | Count |",
      "| --- | ---: |",
      "| Actors renamed | 1 |",
      "| Actors with alias changes | 1 |",
      "| Mappings changed | 1 |",
    ]);
    expect(md).toContain(
      "### Vendor `microsoft`\n\n- Renamed: Midnight ~~Blizzard~~ **Blizard** `microsoft/midnight-blizzard`\n" +
        "- Aliases of **Midnight Blizard**: +`Dark*Halo`\n",
    );
    expect(md).toContain(
      "### Mappings `crowdstrike` ↔ `microsoft`\n\n" +
        "- Changed: `crowdstrike/cozy-bear` same `microsoft/midnight-blizzard`: same (one-sided) → same (mutual)\n",
    );
  });

  it("says so when nothing changed", () => {
    const same = { ...structuredClone(base), version: "1.0.1" };
    expect(renderChangesMarkdown(diffExports(base, same))).toBe(
      "## Dataset changes 1.0.0 → 1.0.1\n\nNo changes.\n",
    );
  });

  it("shows word-level edits and escapes Markdown in names", () => {
    expect(wordDiff("Cozy Bear", "COZY BEAR")).toBe("~~Cozy Bear~~ **COZY BEAR**");
    expect(wordDiff("Storm-0558", "Storm-0558 *x*")).toBe("Storm-0558 **\\*x\\***");
  });
});
