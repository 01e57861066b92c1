import { describe, expect, it } from "vitest";
import { UnionFind } from "../../scripts/model/union-find.js";

describe("UnionFind", () => {
  it("groups joined elements, each group sorted, groups ordered by smallest element", () => {
    const sets = new UnionFind(7);
    sets.union(5, 1);
    sets.union(3, 6);
    sets.union(6, 1);
    expect(sets.groups()).toEqual([[0], [1, 3, 5, 6], [2], [4]]);
  });

  it("keeps every element alone until joined", () => {
    expect(new UnionFind(3).groups()).toEqual([[0], [1], [2]]);
  });

  it("is unaffected by joining the same pair twice and finds one root per group", () => {
    const sets = new UnionFind(4);
    sets.union(0, 1);
    sets.union(1, 0);
    sets.union(2, 3);
    expect(sets.find(0)).toBe(sets.find(1));
    expect(sets.find(2)).toBe(sets.find(3));
    expect(sets.find(0)).not.toBe(sets.find(2));
  });

  it("handles a long chain without deep recursion", () => {
    const size = 200_000;
    const sets = new UnionFind(size);
    for (let i = 1; i < size; i++) sets.union(i - 1, i);
    expect(sets.groups()).toHaveLength(1);
  });
});
