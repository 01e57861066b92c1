import { describe, expect, it } from "vitest";
import { actorBlock, check, messages, positions, vendorFile } from "./fixture.js";

const bear = actorBlock("red-bear", "RED BEAR", ["a", "Red Storm"]);
const lonelyBear = actorBlock("red-bear", "RED BEAR");

describe("unknown-vendor", () => {
  it("points at a mapping's vendor that has no file and suggests the nearest", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["bb", "RED BEAR"])),
      "vendors/b.yaml": vendorFile("b", lonelyBear),
    });
    expect(positions(diagnostics, "unknown-vendor")).toEqual([
      "data/vendors/a.yaml:12:17 error unknown-vendor",
    ]);
    expect(messages(diagnostics, "unknown-vendor")[0]).toContain('did you mean "b"?');
  });

  it("passes when the vendor has a file", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
      "vendors/b.yaml": vendorFile("b", bear),
    });
    expect(positions(diagnostics, "unknown-vendor")).toEqual([]);
  });
});

describe("unknown-actor", () => {
  it("points at a target that matches no name of that vendor and suggests the nearest as written", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BAER"])),
      "vendors/b.yaml": vendorFile("b", bear, actorBlock("blue-bear", "BLUE BEAR")),
    });
    expect(positions(diagnostics, "unknown-actor")).toEqual([
      "data/vendors/a.yaml:13:16 error unknown-actor",
    ]);
    expect(messages(diagnostics, "unknown-actor")[0]).toContain(
      '"RED BAER" is no id, name or alias in ',
    );
    expect(messages(diagnostics, "unknown-actor")[0]).toContain('did you mean "RED BEAR"? ');
  });

  it("passes a target named by id, name or alias in any case", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm", ["b", "red-bear"]),
        actorBlock("blue", "Blue Storm", ["b", "blue bear"]),
      ),
      "vendors/b.yaml": vendorFile("b", bear, actorBlock("blue-bear", "BLUE BEAR")),
    });
    expect(positions(diagnostics, "unknown-actor")).toEqual([]);
  });

  it("stays quiet about mappings into a vendor whose file cannot be read", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "NOBODY"])),
      "vendors/b.yaml": "vendor: [\n",
    });
    expect(diagnostics.map((d) => d.code)).not.toContain("unknown-actor");
    expect(diagnostics.map((d) => d.code)).not.toContain("unknown-vendor");
    expect(diagnostics.map((d) => d.code)).not.toContain("one-sided");
  });
});

describe("self-mapping", () => {
  it("points at a mapping into the actor's own vendor", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm", ["a", "Blue Storm"]),
        actorBlock("blue", "Blue Storm"),
      ),
    });
    expect(positions(diagnostics, "self-mapping")).toEqual([
      "data/vendors/a.yaml:12:17 error self-mapping",
    ]);
    expect(messages(diagnostics, "self-mapping")[0]).toContain("aliases");
  });

  it("passes mappings into other vendors", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
      "vendors/b.yaml": vendorFile("b", bear),
    });
    expect(positions(diagnostics, "self-mapping")).toEqual([]);
  });
});

describe("duplicate-mapping", () => {
  it("points at the second mapping of one actor to the same target, by any of its names", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm", ["b", "RED BEAR"], ["b", "red-bear", "overlaps"]),
      ),
      "vendors/b.yaml": vendorFile("b", bear),
    });
    expect(positions(diagnostics, "duplicate-mapping")).toEqual([
      "data/vendors/a.yaml:15:9 error duplicate-mapping",
    ]);
    expect(messages(diagnostics, "duplicate-mapping")[0]).toContain(
      "a/red already maps to b/red-bear at ",
    );
  });

  it("passes one mapping per target", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm", ["b", "RED BEAR"], ["b", "BLUE BEAR", "overlaps"]),
      ),
      "vendors/b.yaml": vendorFile("b", bear, actorBlock("blue-bear", "BLUE BEAR")),
    });
    expect(positions(diagnostics, "duplicate-mapping")).toEqual([]);
  });
});

describe("relation-mismatch", () => {
  it("points at the claim that contradicts the other side's", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
      "vendors/b.yaml": vendorFile(
        "b",
        actorBlock("red-bear", "RED BEAR", ["a", "Red Storm", "overlaps"]),
      ),
    });
    expect(positions(diagnostics, "relation-mismatch")).toEqual([
      "data/vendors/b.yaml:12:9 error relation-mismatch",
    ]);
    const [message] = messages(diagnostics, "relation-mismatch");
    expect(message).toContain("this mapping says b/red-bear overlaps a/red, but ");
    expect(message).toContain("data/vendors/a.yaml:12 says a/red is the same as b/red-bear");
  });

  it("passes includes on one side stated as part-of on the other", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm", ["b", "RED BEAR", "includes"]),
      ),
      "vendors/b.yaml": vendorFile(
        "b",
        actorBlock("red-bear", "RED BEAR", ["a", "Red Storm", "part-of"]),
      ),
    });
    expect(positions(diagnostics, "relation-mismatch")).toEqual([]);
  });
});

describe("one-sided", () => {
  it("warns at a mapping whose target's file says nothing back, and says what to add", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("red", "Red Storm", ["b", "RED BEAR", "part-of"]),
      ),
      "vendors/b.yaml": vendorFile("b", lonelyBear),
    });
    expect(positions(diagnostics, "one-sided")).toEqual([
      "data/vendors/a.yaml:12:9 warning one-sided",
    ]);
    expect(messages(diagnostics, "one-sided")[0]).toContain(
      "has no mapping back from b/red-bear: ask its maintainers to add one (vendor: a, actor: Red Storm, relation: includes)",
    );
  });

  it("passes when both files state the mapping", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
      "vendors/b.yaml": vendorFile("b", bear),
    });
    expect(positions(diagnostics, "one-sided")).toEqual([]);
  });

  it("leaves a misspelt mapping back to unknown-actor", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
      "vendors/b.yaml": vendorFile("b", actorBlock("red-bear", "RED BEAR", ["a", "Red Strom"])),
    });
    expect(positions(diagnostics, "one-sided")).toEqual([]);
    expect(positions(diagnostics, "unknown-actor")).toEqual([
      "data/vendors/b.yaml:13:16 error unknown-actor",
    ]);
  });
});

describe("dispute", () => {
  const disputed = {
    "vendors/a.yaml": vendorFile(
      "a",
      actorBlock("blue", "Blue Storm", ["b", "RED BEAR"]),
      actorBlock("red", "Red Storm", ["b", "RED BEAR"]),
    ),
    "vendors/b.yaml": vendorFile("b", actorBlock("red-bear", "RED BEAR", ["a", "Blue Storm"])),
  };

  it("points at A's same claim when B says same of another actor of A's vendor, naming both", () => {
    const diagnostics = check(disputed);
    expect(positions(diagnostics, "dispute")).toEqual(["data/vendors/a.yaml:20:9 error dispute"]);
    const [message] = messages(diagnostics, "dispute");
    expect(message).toContain("a/red says it is the same as b/red-bear (");
    expect(message).toContain(
      "data/vendors/a.yaml:20), but b/red-bear says it is the same as a/blue (",
    );
    expect(message).toContain("data/vendors/b.yaml:12) and nothing about a/red");
  });

  it("is the only report of it: no cluster-collision or one-sided for the same claims", () => {
    const codes = check(disputed).map((d) => d.code);
    expect(codes).not.toContain("cluster-collision");
    expect(codes).not.toContain("one-sided");
  });

  it("passes when A calls it a partial relation instead", () => {
    const diagnostics = check({
      ...disputed,
      "vendors/a.yaml": vendorFile(
        "a",
        actorBlock("blue", "Blue Storm", ["b", "RED BEAR"]),
        actorBlock("red", "Red Storm", ["b", "RED BEAR", "overlaps"]),
      ),
    });
    expect(positions(diagnostics, "dispute")).toEqual([]);
  });
});

describe("cluster-collision", () => {
  const chain = (last: string | undefined) => ({
    "vendors/a.yaml": vendorFile(
      "a",
      actorBlock("blue", "Blue Storm", ["c", "X", last]),
      actorBlock("red", "Red Storm", ["b", "RED BEAR"]),
    ),
    "vendors/b.yaml": vendorFile(
      "b",
      actorBlock("red-bear", "RED BEAR", ["a", "Red Storm"], ["c", "X"]),
    ),
    "vendors/c.yaml": vendorFile(
      "c",
      actorBlock("x", "X", ["b", "RED BEAR"], ["a", "Blue Storm", last]),
    ),
  });

  it("points at the second actor of a vendor in the cluster and prints the chain of claims", () => {
    const diagnostics = check(chain(undefined));
    expect(positions(diagnostics, "cluster-collision")).toEqual([
      "data/vendors/a.yaml:15:9 error cluster-collision",
    ]);
    const [message] = messages(diagnostics, "cluster-collision");
    expect(message).toMatch(
      /^a\/red and a\/blue are both in one cluster through same claims: a\/blue = c\/x \(.*data\/vendors\/a\.yaml:12, .*data\/vendors\/c\.yaml:15\); c\/x = b\/red-bear \(.*data\/vendors\/b\.yaml:15, .*data\/vendors\/c\.yaml:12\); b\/red-bear = a\/red \(.*data\/vendors\/a\.yaml:20, .*data\/vendors\/b\.yaml:12\)\./,
    );
  });

  it("passes when one link of the chain is a partial relation", () => {
    expect(positions(check(chain("overlaps")), "cluster-collision")).toEqual([]);
  });
});

describe("mapping-to-inactive", () => {
  const inactive = actorBlock("old-bear", "OLD BEAR").replace(
    "status: active",
    "status: merged\n  merged_into: red-bear",
  );
  const retired = actorBlock("gone-bear", "GONE BEAR").replace("status: active", "status: retired");

  it("warns at a mapping to a merged actor and names its successor", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "OLD BEAR"])),
      "vendors/b.yaml": vendorFile("b", inactive, lonelyBear),
    });
    expect(positions(diagnostics, "mapping-to-inactive")).toEqual([
      "data/vendors/a.yaml:13:16 warning mapping-to-inactive",
    ]);
    expect(messages(diagnostics, "mapping-to-inactive")[0]).toBe(
      'b/old-bear was merged into b/red-bear: map to "RED BEAR" instead',
    );
    expect(positions(diagnostics, "one-sided")).toEqual([]);
  });

  it("warns at a mapping to a retired actor", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "GONE BEAR"])),
      "vendors/b.yaml": vendorFile("b", retired),
    });
    expect(positions(diagnostics, "mapping-to-inactive")).toEqual([
      "data/vendors/a.yaml:13:16 warning mapping-to-inactive",
    ]);
    expect(messages(diagnostics, "mapping-to-inactive")[0]).toContain("b/gone-bear is retired");
  });

  it("passes a mapping to an active actor", () => {
    const diagnostics = check({
      "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
      "vendors/b.yaml": vendorFile("b", inactive, bear),
    });
    expect(positions(diagnostics, "mapping-to-inactive")).toEqual([]);
  });
});

describe("partial-in-cluster", () => {
  // a/red includes b/red-bear, yet both are the same as c/x: one group and two groups at once.
  const triangle = (redToX: string | undefined) => ({
    "vendors/a.yaml": vendorFile(
      "a",
      actorBlock("red", "Red Storm", ["b", "RED BEAR", "includes"], ["c", "X", redToX]),
    ),
    "vendors/b.yaml": vendorFile(
      "b",
      actorBlock("red-bear", "RED BEAR", ["a", "Red Storm", "part-of"], ["c", "X"]),
    ),
    "vendors/c.yaml": vendorFile(
      "c",
      actorBlock("x", "X", ["a", "Red Storm", redToX], ["b", "RED BEAR"]),
    ),
  });

  it("points at both sides of the partial claim and prints the chain of same claims", () => {
    const diagnostics = check(triangle(undefined));
    expect(positions(diagnostics, "partial-in-cluster")).toEqual([
      "data/vendors/a.yaml:12:9 warning partial-in-cluster",
      "data/vendors/b.yaml:12:9 warning partial-in-cluster",
    ]);
    const [message] = messages(diagnostics, "partial-in-cluster");
    expect(message).toMatch(
      /^this mapping says a\/red includes b\/red-bear, but same claims make them one group: a\/red = c\/x \(.*\); c\/x = b\/red-bear \(.*\)\./,
    );
  });

  it("passes when the chain is broken by a partial relation", () => {
    expect(positions(check(triangle("overlaps")), "partial-in-cluster")).toEqual([]);
  });
});
