import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegistryFile } from "../../scripts/load/types.js";
import { updateRegistry } from "../../scripts/model/registry.js";
import { type ActorSpec, model } from "./fixture.js";

const vendors = ["a", "b", "c"] as const;
const ids = ["x1", "x2", "x3"] as const;

/** Mappings between a fixed set of 9 actors: which pairs say same or overlaps. */
const links = fc.array(
  fc.record({
    from: fc.integer({ min: 0, max: 8 }),
    to: fc.integer({ min: 0, max: 8 }),
    relation: fc.constantFrom("same", "same", "overlaps", "includes"),
  }),
  { maxLength: 10 },
);

function dataset(pairs: { from: number; to: number; relation: string }[]) {
  const data: Record<string, Record<string, ActorSpec>> = {};
  for (const vendor of vendors) data[vendor] = Object.fromEntries(ids.map((id) => [id, {}]));
  for (const { from, to, relation } of pairs) {
    const [fv, tv] = [vendors[Math.floor(from / 3)], vendors[Math.floor(to / 3)]];
    if (!fv || !tv || fv === tv) continue;
    const spec = data[fv]?.[ids[from % 3] as string] as ActorSpec;
    const target = `${tv}/${ids[to % 3]} ${relation}`;
    if (!spec.mappings?.some((m) => m.startsWith(`${tv}/${ids[to % 3]} `))) {
      spec.mappings = [...(spec.mappings ?? []), target];
    }
  }
  return model(data);
}

/**
 * A generator that keeps offering a small pool of ids, so any reuse would show; after a while it
 * offers new ones, so that a registry holding the whole pool can still get ids.
 */
function recyclingUuids(): () => string {
  let n = 0;
  return () => {
    n++;
    const id = n <= 500 ? (n % 12) + 1 : n;
    return `eeeeeeee-0000-4000-8000-${String(id).padStart(12, "0")}`;
  };
}

describe("updateRegistry over a history of edits", () => {
  it("keeps ids unique, never revives a redirected id, and is idempotent", () => {
    fc.assert(
      fc.property(fc.array(links, { minLength: 1, maxLength: 4 }), (history) => {
        const newUuid = recyclingUuids();
        let registry: RegistryFile | undefined;
        const retired = new Set<string>();
        history.forEach((pairs, step) => {
          const m = dataset(pairs);
          const now = `2025-01-0${step + 1}T00:00:00.000Z`;
          const next = updateRegistry(m, registry, now, newUuid);
          expect(next.clusters.map((c) => c.members)).toEqual(m.clusters.map((c) => c.members));
          const live = next.clusters.map((c) => c.uuid);
          expect(new Set(live).size).toBe(live.length);
          for (const { from, to } of next.redirects) {
            expect(live).toContain(to);
            retired.add(from);
          }
          for (const uuid of live) expect(retired.has(uuid)).toBe(false);
          expect(updateRegistry(m, next, "2030-01-01T00:00:00.000Z", newUuid)).toEqual(next);
          registry = next;
        });
      }),
      { numRuns: 150 },
    );
  });
});
