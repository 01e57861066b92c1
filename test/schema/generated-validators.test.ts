import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { generatedValidators, renderValidator } from "../../scripts/schema/generate-validators.js";

// validate runs validators compiled ahead of time; they must follow the schemas they came from.
describe("validators generated from schema/", () => {
  it.each(Object.entries(generatedValidators))("%s matches scripts/generated/%s", (schema, out) => {
    const committed = readFileSync(join(packageRoot, "scripts", "generated", out), "utf8");
    expect(committed, `run \`npm run generate\` after editing schema/${schema}`).toBe(
      renderValidator(schema),
    );
  });
});
