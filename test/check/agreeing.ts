import { vendorFile } from "./fixture.js";

/** Two vendors that agree on one group: every rule passes once `fix` has run. */
export const agreeing = {
  "vendors/a.yaml": vendorFile(
    "a",
    `
    - id: red
      name: Red Storm
      category: nation-state
      status: active
      mappings:
        - vendor: b
          actor: RED BEAR
          source: https://example.com/map
    `,
  ),
  "vendors/b.yaml": vendorFile(
    "b",
    `
    - id: red-bear
      name: RED BEAR
      category: nation-state
      status: active
      mappings:
        - vendor: a
          actor: Red Storm
          source: https://example.com/map
    `,
  ),
};
