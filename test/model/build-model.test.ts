import { describe, expect, it } from "vitest";
import { model } from "./fixture.js";

describe("buildModel: actors and names", () => {
  it("keys actors vendor/id and indexes every id, name and alias by its normalised key", () => {
    const m = model({
      ms: { "midnight-blizzard": { name: "Midnight Blizzard", aliases: ["NOBELIUM"] } },
    });
    expect([...m.actors.keys()]).toEqual(["ms/midnight-blizzard"]);
    expect(Object.fromEntries(m.names.get("ms") ?? [])).toEqual({
      midnightblizzard: ["ms/midnight-blizzard"],
      nobelium: ["ms/midnight-blizzard"],
    });
  });

  it("resolves a mapping target by id, name or alias in any case and punctuation", () => {
    const m = model({
      ms: { mb: { mappings: ["cs/cozy-bear", "cs/Cozy Bear", "cs/the dukes"] } },
      cs: { "cozy-bear": { name: "COZY BEAR", aliases: ["The-Dukes"] } },
    });
    expect(m.claims.map((c) => c.to)).toEqual(["cs/cozy-bear", "cs/cozy-bear", "cs/cozy-bear"]);
  });

  it("leaves a claim's target undefined when the vendor or the name is unknown", () => {
    const m = model({ ms: { mb: { mappings: ["cs/nobody", "xx/anyone"] } }, cs: { bear: {} } });
    expect(m.claims.map((c) => [c.vendor, c.actor, c.to])).toEqual([
      ["cs", "nobody", undefined],
      ["xx", "anyone", undefined],
    ]);
  });

  it("defaults a claim's relation to same and records where it is written", () => {
    const m = model({ ms: { mb: { mappings: ["cs/bear"] } }, cs: { bear: {} } });
    expect(m.claims[0]).toMatchObject({
      from: "ms/mb",
      relation: "same",
      path: ["actors", 0, "mappings", 0],
    });
    expect(m.claims[0]?.file.file).toBe("data/vendors/ms.yaml");
  });
});

describe("buildModel: edges", () => {
  it("unites both sides' claims on one edge, read from the smaller key, and marks it mutual", () => {
    const m = model({
      ms: { mb: { mappings: ["cs/bear part-of"] } },
      cs: { bear: { mappings: ["ms/mb includes"] } },
    });
    expect(m.edges).toHaveLength(1);
    expect(m.edges[0]).toMatchObject({
      a: "cs/bear",
      b: "ms/mb",
      relation: "includes",
      conflict: false,
      status: "mutual",
    });
    expect(m.edges[0]?.claims).toHaveLength(2);
  });

  it("marks an edge one-sided when only one file states it", () => {
    const m = model({ ms: { mb: { mappings: ["cs/bear overlaps"] } }, cs: { bear: {} } });
    expect(m.edges[0]).toMatchObject({
      relation: "overlaps",
      status: "one-sided",
      conflict: false,
    });
  });

  it("marks a conflict when the sides state incompatible relations", () => {
    const m = model({
      ms: { mb: { mappings: ["cs/bear same"] } },
      cs: { bear: { mappings: ["ms/mb overlaps"] } },
    });
    expect(m.edges[0]).toMatchObject({ conflict: true, status: "mutual" });
  });

  it("leaves claims into the claimant's own vendor out of the edges", () => {
    const m = model({ ms: { mb: { mappings: ["ms/other"] }, other: {} } });
    expect(m.claims[0]?.to).toBe("ms/other");
    expect(m.edges).toEqual([]);
  });

  it("sorts edges by a, then b", () => {
    const m = model({
      z: { z1: { mappings: ["a/a1", "b/b1"] } },
      a: { a1: {} },
      b: { b1: { mappings: ["a/a1 overlaps"] } },
    });
    expect(m.edges.map((e) => `${e.a} ${e.b}`)).toEqual(["a/a1 b/b1", "a/a1 z/z1", "b/b1 z/z1"]);
  });
});

describe("buildModel: clusters", () => {
  it("joins actors linked by same edges into one cluster, transitively", () => {
    const m = model({
      ms: { mb: { mappings: ["cs/bear"] } },
      cs: { bear: { mappings: ["gg/apt29"] } },
      gg: { apt29: {} },
    });
    expect(m.clusters).toEqual([{ members: ["cs/bear", "gg/apt29", "ms/mb"] }]);
    expect(m.clusterOf.get("gg/apt29")).toBe(0);
  });

  it("keeps partial and contested same edges from joining clusters; singletons are clusters", () => {
    const m = model({
      ms: { mb: { mappings: ["cs/bear overlaps", "cs/panda"] }, lone: {} },
      cs: { bear: {}, panda: { mappings: ["ms/mb includes"] } },
    });
    expect(m.clusters.map((c) => c.members)).toEqual([
      ["cs/bear"],
      ["cs/panda"],
      ["ms/lone"],
      ["ms/mb"],
    ]);
    expect(m.clusterOf.get("ms/lone")).toBe(2);
  });

  it("orders clusters by their first member whatever the file order", () => {
    const m = model({ b: { y: {}, x: {} }, a: { z: { mappings: ["b/y"] } } });
    expect(m.clusters.map((c) => c.members)).toEqual([["a/z", "b/y"], ["b/x"]]);
  });
});
