import { describe, expect, it } from "vitest";
import { type BaseMaintainers, decideOwnership } from "../../scripts/github/ownership.js";

function decide(author: string, base: BaseMaintainers) {
  return decideOwnership({
    author,
    changedFiles: ["data/vendors/acme.yaml"],
    dataDir: "data",
    projectOwners: ["@lead"],
    baseMaintainers: () => base,
    teamMembership: async () => "unverifiable",
  });
}

describe("ownership decisions", () => {
  it("lets a project owner change a vendor's file but asks its maintainers to review", async () => {
    expect(await decide("lead", { state: "present", maintainers: ["@alice"] })).toEqual([
      {
        file: "data/vendors/acme.yaml",
        verdict: "review",
        reason: "@lead is a project owner but not a maintainer of this file: @alice should review",
      },
    ]);
  });

  it("leaves a vendor file that is invalid on the base branch to the project owners", async () => {
    const base: BaseMaintainers = { state: "unreadable" };
    expect((await decide("alice", base))[0]?.verdict).toBe("violation");
    expect((await decide("lead", base))[0]?.verdict).toBe("allowed");
  });
});
