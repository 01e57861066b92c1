import { describe, expect, it } from "vitest";
import { actorBlock, check, messages, positions, vendorFile } from "./fixture.js";

const red = `
  - id: red
    uuid: 11111111-1111-4111-8111-111111111111
    name: Red Storm
    category: nation-state
    status: active
`;

describe("vendor-id-mismatch", () => {
  it("points at vendor.id when it differs from the file name", () => {
    const diagnostics = check({ "vendors/a.yaml": vendorFile("x", red) });
    expect(positions(diagnostics, "vendor-id-mismatch")).toEqual([
      "data/vendors/a.yaml:2:7 error vendor-id-mismatch",
    ]);
    expect(messages(diagnostics, "vendor-id-mismatch")[0]).toContain("set id: a");
  });

  it("passes when vendor.id equals the file name", () => {
    expect(
      positions(check({ "vendors/a.yaml": vendorFile("a", red) }), "vendor-id-mismatch"),
    ).toEqual([]);
  });
});

describe("duplicate-actor-id", () => {
  it("points at the second actor with the id and names the first one's line", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm"),
        actorBlock("red", "Red Storm Two"),
      ),
    });
    expect(positions(diagnostics, "duplicate-actor-id")).toEqual([
      "data/vendors/a.yaml:11:9 error duplicate-actor-id",
    ]);
    expect(messages(diagnostics, "duplicate-actor-id")[0]).toContain("data/vendors/a.yaml:7");
  });

  it("passes when every actor has its own id", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", red, red.replace(/red\n/, "blue\n")),
    });
    expect(positions(diagnostics, "duplicate-actor-id")).toEqual([]);
  });
});

describe("duplicate-uuid", () => {
  const bear = (uuid: string) => `
    - id: red-bear
      uuid: ${uuid}
      name: RED BEAR
      category: nation-state
      status: active
  `;

  it("points at a uuid used again in another vendor's file", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", red),
      "vendors/b.yaml": vendorFile("b", bear("11111111-1111-4111-8111-111111111111")),
    });
    expect(positions(diagnostics, "duplicate-uuid")).toEqual([
      "data/vendors/b.yaml:8:11 error duplicate-uuid",
    ]);
    expect(messages(diagnostics, "duplicate-uuid")[0]).toContain("data/vendors/a.yaml:8");
  });

  it("passes when uuids differ", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", red),
      "vendors/b.yaml": vendorFile("b", bear("22222222-2222-4222-8222-222222222222")),
    });
    expect(positions(diagnostics, "duplicate-uuid")).toEqual([]);
  });
});

describe("duplicate-name", () => {
  const storm = (alias: string) => `
    - id: storm
      name: Storm
      aliases:
        - ${alias}
      category: nation-state
      status: active
  `;

  it("points at an alias that normalises to another actor's name", () => {
    const diagnostics = check({ "vendors/a.yaml": vendorFile("a", red, storm("RED-STORM")) });
    expect(positions(diagnostics, "duplicate-name")).toEqual([
      "data/vendors/a.yaml:15:9 error duplicate-name",
    ]);
    const [message] = messages(diagnostics, "duplicate-name");
    expect(message).toContain('alias "RED-STORM" of a/storm is also "Red Storm" of a/red (');
    expect(message).toContain("data/vendors/a.yaml:9)");
  });

  it("passes when names differ after normalisation, and across vendors", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", red, storm("Red Stormy")),
      "vendors/b.yaml": vendorFile(
        "b",
        red.replace("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"),
      ),
    });
    expect(positions(diagnostics, "duplicate-name")).toEqual([]);
  });
});

describe("suspicious-text", () => {
  it("points at invisible, direction, control and formula characters and stray spaces", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        `
        - id: red
          name: "Red\\u200bStorm"
          aliases:
            - "Crimson "
            - "=HYPERLINK(1)"
            - "Ruby\\u202eStorm"
            - "Tab\\tName"
          category: nation-state
          status: active
        `,
      ),
    });
    expect(positions(diagnostics, "suspicious-text")).toEqual([
      "data/vendors/a.yaml:8:11 error suspicious-text",
      "data/vendors/a.yaml:10:9 error suspicious-text",
      "data/vendors/a.yaml:11:9 error suspicious-text",
      "data/vendors/a.yaml:12:9 error suspicious-text",
      "data/vendors/a.yaml:13:9 error suspicious-text",
    ]);
    expect(messages(diagnostics, "suspicious-text")).toEqual([
      expect.stringContaining("invisible character U+200B"),
      expect.stringContaining("leading or trailing space"),
      expect.stringContaining('starts with "="'),
      expect.stringContaining("text-direction control U+202E"),
      expect.stringContaining("control character U+0009"),
    ]);
  });

  it("passes ordinary names, including accents and inner punctuation", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        `
        - id: red
          name: Rød Storm-2 (Ops)
          aliases:
            - "APT 1 @ home"
          category: nation-state
          status: active
        `,
      ),
    });
    expect(positions(diagnostics, "suspicious-text")).toEqual([]);
  });
});

describe("missing-uuid", () => {
  it("points at an actor without a uuid", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", red.replace(/ *uuid:.*\n/, "")),
    });
    expect(positions(diagnostics, "missing-uuid")).toEqual([
      "data/vendors/a.yaml:7:9 error missing-uuid",
    ]);
    expect(messages(diagnostics, "missing-uuid")[0]).toContain("npx actormap fix");
  });

  it("passes when every actor has a uuid", () => {
    expect(positions(check({ "vendors/a.yaml": vendorFile("a", red) }), "missing-uuid")).toEqual(
      [],
    );
  });
});
