import { describe, expect, it } from "vitest";
import type { RegistryFile } from "../../scripts/load/types.js";
import { updateRegistry } from "../../scripts/model/registry.js";
import { type ActorSpec, model } from "./fixture.js";

const t1 = "2025-01-01T00:00:00.000Z";
const t2 = "2025-02-01T00:00:00.000Z";
const t3 = "2025-03-01T00:00:00.000Z";

/** Deterministic UUIDv4-shaped ids: ...-000000000001, ...-000000000002, ... */
function uuids(prefix = "a"): () => string {
  let n = 0;
  return () => `${prefix.repeat(8)}-0000-4000-8000-${String(++n).padStart(12, "0")}`;
}

type Data = Record<string, Record<string, ActorSpec>>;

function registry(data: Data, previous: RegistryFile | undefined, now: string, prefix = "a") {
  return updateRegistry(model(data), previous, now, uuids(prefix));
}

function uuidOf(reg: RegistryFile, member: string): string | undefined {
  return reg.clusters.find((c) => c.members.includes(member))?.uuid;
}

const pair: Data = {
  ms: { mb: { mappings: ["cs/bear"] }, typhoon: {} },
  cs: { bear: { mappings: ["ms/mb"] }, panda: {} },
};

/** ms/mb and cs/bear as two actors of their own: two clusters. */
const apart: Data = { ms: { mb: {} }, cs: { bear: {} } };
/** The same two actors once ms/mb says it is cs/bear: one cluster. */
const joined: Data = { ms: { mb: { mappings: ["cs/bear"] } }, cs: { bear: {} } };

describe("updateRegistry", () => {
  it("creates a uuid, dates and a hash for every cluster and an identity per vendor", () => {
    const reg = registry(pair, undefined, "2025-01-01T00:00:00Z");
    expect(reg.clusters.map((c) => c.members)).toEqual([
      ["cs/bear", "ms/mb"],
      ["cs/panda"],
      ["ms/typhoon"],
    ]);
    for (const cluster of reg.clusters) {
      expect(cluster).toMatchObject({ created: t1, modified: t1 });
      expect(cluster.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(reg.clusters.map((c) => c.uuid)).size).toBe(3);
    expect(Object.keys(reg.identities)).toEqual(["cs", "ms"]);
    expect(reg.redirects).toEqual([]);
  });

  it("returns the previous registry unchanged when the clusters are unchanged", () => {
    const first = registry(pair, undefined, t1);
    const again = registry(pair, structuredClone(first), t2, "b");
    expect(again).toEqual(first);
  });

  it("keeps uuid and created but updates modified and hash when a member's name changes", () => {
    const first = registry(pair, undefined, t1);
    const renamed: Data = {
      ...pair,
      cs: { ...pair.cs, bear: { name: "COZY BEAR", mappings: ["ms/mb"] } },
    };
    const next = registry(renamed, first, t2, "b");
    const before = first.clusters[0];
    expect(next.clusters[0]).toMatchObject({ uuid: before?.uuid, created: t1, modified: t2 });
    expect(next.clusters[0]?.hash).not.toBe(before?.hash);
    expect(next.clusters.slice(1)).toEqual(first.clusters.slice(1));
  });

  it("changes a cluster's hash when one of its partial relations changes", () => {
    const first = registry(pair, undefined, t1);
    const related: Data = {
      ...pair,
      ms: { ...pair.ms, typhoon: { mappings: ["cs/panda overlaps"] } },
    };
    const next = registry(related, first, t2, "b");
    expect(next.clusters.map((c) => c.modified)).toEqual([t1, t2, t2]);
  });

  it("keeps the oldest uuid when clusters merge and redirects the others to it", () => {
    const first = registry(apart, undefined, t1);
    // Make ms/mb's cluster the older one although its uuid sorts after cs/bear's.
    const older = structuredClone(first);
    const [bear, mb] = older.clusters as [RegistryFile["clusters"][0], RegistryFile["clusters"][0]];
    mb.created = "2024-01-01T00:00:00.000Z";
    expect(bear.uuid < mb.uuid).toBe(true);
    const merged = registry(joined, older, t2, "b");
    expect(merged.clusters).toHaveLength(1);
    expect(merged.clusters[0]).toMatchObject({ uuid: mb.uuid, created: mb.created, modified: t2 });
    expect(merged.redirects).toEqual([{ from: bear.uuid, to: mb.uuid }]);
  });

  it("breaks a tie of equal dates by uuid when clusters merge", () => {
    const first = registry(apart, undefined, t1);
    const merged = registry(joined, first, t2, "b");
    const [smaller, larger] = first.clusters.map((c) => c.uuid).sort();
    expect(merged.clusters[0]?.uuid).toBe(smaller);
    expect(merged.redirects).toEqual([{ from: larger, to: smaller }]);
  });

  it("lets the largest part keep the uuid when a cluster splits; the others get new ones", () => {
    const three: Data = {
      ms: { mb: { mappings: ["cs/bear", "gg/apt29"] } },
      cs: { bear: {} },
      gg: { apt29: {} },
    };
    const first = registry(three, undefined, t1);
    const old = first.clusters[0]?.uuid;
    const split: Data = {
      ms: { mb: { mappings: ["gg/apt29"] } },
      cs: { bear: {} },
      gg: { apt29: {} },
    };
    const next = registry(split, first, t2, "b");
    expect(uuidOf(next, "ms/mb")).toBe(old);
    expect(uuidOf(next, "gg/apt29")).toBe(old);
    expect(uuidOf(next, "cs/bear")).toMatch(/^bbbbbbbb-/);
    expect(next.clusters.find((c) => c.uuid === old)?.created).toBe(t1);
    expect(next.redirects).toEqual([]);
  });

  it("gives the uuid to the part with the smallest first member when a split is even", () => {
    const first = registry(joined, undefined, t1);
    const next = registry(apart, first, t2, "b");
    expect(uuidOf(next, "cs/bear")).toBe(first.clusters[0]?.uuid);
    expect(uuidOf(next, "ms/mb")).toMatch(/^bbbbbbbb-/);
  });

  it("never hands out a uuid that was used before, even when the generator offers it", () => {
    const first = registry(apart, undefined, t1);
    const merged = registry(joined, first, t2, "b");
    const retired = merged.redirects[0]?.from as string;
    const offered = [
      retired,
      first.identities.ms as string,
      "cccccccc-0000-4000-8000-000000000001",
    ];
    const next = updateRegistry(
      model({ ...joined, gg: { apt29: {} } }),
      merged,
      t3,
      () => offered.shift() as string,
    );
    expect(uuidOf(next, "gg/apt29")).toBe("cccccccc-0000-4000-8000-000000000001");
  });

  it("points an old redirect at the cluster that absorbed its target", () => {
    const first = registry({ ms: { a: {}, b: {} }, cs: { c: {} } }, undefined, t1);
    const ab = registry(
      { ms: { a: {}, b: {} }, cs: { c: { mappings: ["ms/a", "ms/b"] } } },
      first,
      t2,
      "b",
    );
    expect(ab.redirects).toHaveLength(2);
    const survivor = ab.clusters[0]?.uuid as string;
    // Now that cluster splits from everything and ms/b joins a new actor with an older cluster.
    const older = structuredClone(ab);
    older.clusters.push({
      uuid: "dddddddd-0000-4000-8000-000000000001",
      members: ["gg/z"],
      created: "2020-01-01T00:00:00.000Z",
      modified: "2020-01-01T00:00:00.000Z",
      hash: "0".repeat(64),
    });
    const next = registry(
      { ms: { a: {}, b: {} }, cs: { c: { mappings: ["ms/a", "ms/b", "gg/z"] } }, gg: { z: {} } },
      older,
      t3,
      "c",
    );
    expect(next.clusters).toHaveLength(1);
    expect(next.clusters[0]?.uuid).toBe("dddddddd-0000-4000-8000-000000000001");
    expect(next.redirects.map((r) => r.to)).toEqual([
      "dddddddd-0000-4000-8000-000000000001",
      "dddddddd-0000-4000-8000-000000000001",
      "dddddddd-0000-4000-8000-000000000001",
    ]);
    expect(next.redirects.map((r) => r.from)).toContain(survivor);
  });

  it("stores a partial relation between clusters once, includes from the larger side", () => {
    const data: Data = {
      ms: { mb: { mappings: ["cs/bear part-of"] } },
      cs: { bear: { mappings: ["ms/mb includes"] } },
    };
    const reg = registry(data, undefined, t1);
    expect(reg.relationships).toEqual([
      {
        uuid: expect.any(String),
        source: uuidOf(reg, "cs/bear"),
        target: uuidOf(reg, "ms/mb"),
        relation: "includes",
        created: t1,
        modified: t1,
      },
    ]);
  });

  it("keeps a relationship's uuid when one of its clusters is merged into another", () => {
    const before: Data = {
      ms: { mb: { mappings: ["cs/bear overlaps"] } },
      cs: { bear: {} },
      gg: { x: {} },
    };
    const first = registry(before, undefined, t1);
    // gg/x is the older cluster, so ms/mb's cluster uuid becomes a redirect to it.
    const older = structuredClone(first);
    const gx = older.clusters.find((c) => c.members[0] === "gg/x");
    if (gx) gx.created = "2020-01-01T00:00:00.000Z";
    const after: Data = {
      ms: { mb: { mappings: ["cs/bear overlaps", "gg/x"] } },
      cs: { bear: {} },
      gg: { x: {} },
    };
    const next = registry(after, older, t2, "b");
    expect(next.relationships).toHaveLength(1);
    expect(next.relationships[0]).toMatchObject({
      uuid: first.relationships[0]?.uuid,
      created: t1,
      modified: t2,
    });
    expect([next.relationships[0]?.source, next.relationships[0]?.target]).toContain(gx?.uuid);
  });

  it("drops clusters whose actors are all gone and keeps identities stable", () => {
    const first = registry(pair, undefined, t1);
    const next = registry(apart, first, t2, "b");
    expect(next.clusters.map((c) => c.members)).toEqual([["cs/bear"], ["ms/mb"]]);
    expect(next.identities).toEqual(first.identities);
  });
});
