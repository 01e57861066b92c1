import { describe, expect, it } from "vitest";
import { check, messages, positions, vendorFile } from "./fixture.js";

function merged(id: string, into: string): string {
  return `
    - id: ${id}
      name: ${id.toUpperCase()}
      category: nation-state
      status: merged
      merged_into: ${into}
  `;
}

const red = `
  - id: red
    name: Red Storm
    category: nation-state
    status: active
`;

describe("bad-merge", () => {
  it("points at merged_into when it names an unknown actor, the actor itself, or goes round", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        merged("gone", "redd"),
        merged("loop-one", "loop-two"),
        merged("loop-two", "loop-one"),
        red,
        merged("self", "self"),
      ),
    });
    expect(positions(diagnostics, "bad-merge")).toEqual([
      "data/vendors/a.yaml:11:18 error bad-merge",
      "data/vendors/a.yaml:16:18 error bad-merge",
      "data/vendors/a.yaml:30:18 error bad-merge",
    ]);
    expect(messages(diagnostics, "bad-merge")).toEqual([
      'merged_into "redd" is no actor id in this file: did you mean "red"? name the id of the actor that absorbed gone',
      "merged_into goes round in a circle (loop-one → loop-two → loop-one): the actor that absorbed the others must not be merged",
      "self is merged into itself: name the actor that absorbed it",
    ]);
  });

  it("passes a chain of merges that ends at an active actor", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", merged("older", "old"), merged("old", "red"), red),
    });
    expect(positions(diagnostics, "bad-merge")).toEqual([]);
  });
});
