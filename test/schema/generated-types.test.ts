import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { generatedTypes, renderTypes } from "../../scripts/schema/generate-types.js";

// The JSON Schemas are the single source of truth; the TypeScript types must follow them.
describe("types generated from schema/", () => {
  it.each(Object.entries(generatedTypes))(
    "%s matches scripts/generated/%s",
    async (schema, out) => {
      const committed = readFileSync(join(packageRoot, "scripts", "generated", out), "utf8");
      expect(committed, `run \`npm run generate\` after editing schema/${schema}`).toBe(
        await renderTypes(schema),
      );
    },
  );
});
