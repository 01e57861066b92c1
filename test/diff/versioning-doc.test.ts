import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { bumpRules } from "../../scripts/diff/bump-policy.js";

it("docs/versioning.md states every rule of the policy under the bump the code applies", () => {
  const doc = readFileSync(join(packageRoot, "docs/versioning.md"), "utf8");
  for (const rule of bumpRules) {
    const start = doc.indexOf(`### ${rule.bump[0]?.toUpperCase()}${rule.bump.slice(1)}`);
    const end = doc.indexOf("\n### ", start + 1);
    const table = doc.slice(start, end === -1 ? undefined : end);
    expect(start, rule.bump).toBeGreaterThan(0);
    expect(table, `${rule.code} under ${rule.bump}`).toContain(`\`${rule.code}\``);
  }
});
