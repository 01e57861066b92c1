import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { nameKey } from "../../scripts/core/normalize.js";
import { fixData } from "../../scripts/fix/fix-data.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { loadData } from "../../scripts/load/load-data.js";
import { tempDir } from "../helpers/cli.js";
import { vendorFile } from "./arbitraries.js";

const now = "2025-06-02T00:00:00.000Z";

/**
 * Up to three valid vendor files, each named after its vendor id, some mappings pointing at each
 * other's actors. Every actor has a uuid and names that are unique in their vendor (as the
 * duplicate-name rule demands), so the output is fully determined by the input.
 */
const dataset = fc
  .uniqueArray(vendorFile, { minLength: 1, maxLength: 3, selector: (f) => f.vendor.id })
  .map((files) => {
    let serial = 0;
    const named = files.map((f) => {
      const taken = new Set<string>();
      const unique = (name: string) => {
        const key = nameKey(name);
        if (key === "" || taken.has(key)) return undefined;
        taken.add(key);
        return name;
      };
      const actors = f.actors.map((a) => {
        const uuid = a.uuid ?? `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`;
        const name = unique(a.name) ?? (unique(`Actor ${serial}`) as string);
        serial++;
        const aliases = a.aliases?.filter((alias) => unique(alias) !== undefined);
        return { ...a, uuid, name, ...(aliases ? { aliases } : {}) };
      });
      return { ...f, actors };
    });
    const targets = named.flatMap((f) => f.actors.map((a) => [f.vendor.id, a.name] as const));
    return named.map((f, i) => ({
      ...f,
      actors: f.actors.map((a, j) => {
        const target = targets[(i + j) % Math.max(targets.length, 1)];
        if (!target || !a.mappings?.[0]) return a;
        const [vendor, actor] = target;
        return { ...a, mappings: [{ ...a.mappings[0], vendor, actor }, ...a.mappings.slice(1)] };
      }),
    }));
  });

/**
 * Writes each file as a generic writer would (not canonical), actors in the given order: `yaml`'s
 * block style, or JSON (which is YAML too) when a string holds a character `yaml` would write raw
 * although data files forbid it (a tab, U+FFFE).
 */
function generic(file: VendorFile): string {
  const json = JSON.stringify(file, null, 1);
  const raw = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;
  if (!raw.test(json) && !json.includes("\\t")) return stringify(file);
  return `${json.replace(raw, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

function writeDataset(
  files: VendorFile[],
  order: (actors: VendorFile["actors"]) => VendorFile["actors"],
) {
  return tempDir(
    Object.fromEntries(
      files.map((f) => [
        `data/vendors/${f.vendor.id}.yaml`,
        generic({ ...f, actors: order(f.actors) }),
      ]),
    ),
  );
}

function vendorTexts(root: string): Record<string, string> {
  const dir = join(root, "data", "vendors");
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}

const byId = (actors: VendorFile["actors"]) =>
  [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe("fix on random valid datasets", () => {
  it("keeps the data, is independent of actor order, and changes nothing the second time", () => {
    fc.assert(
      fc.property(dataset, fc.infiniteStream(fc.nat()), (files, randomness) => {
        const shuffle = (actors: VendorFile["actors"]) => {
          const copy = [...actors];
          for (let i = copy.length - 1; i > 0; i--) {
            const j = (randomness.next().value as number) % (i + 1);
            [copy[i], copy[j]] = [
              copy[j] as (typeof copy)[number],
              copy[i] as (typeof copy)[number],
            ];
          }
          return copy;
        };
        const first = writeDataset(files, (a) => a);
        const second = writeDataset(files, shuffle);
        for (const root of [first, second]) {
          const report = fixData(join(root, "data"), now);
          expect(report.skipped).toEqual([]);
          expect(report.registrySkipped).toBeUndefined();
        }
        expect(vendorTexts(second)).toEqual(vendorTexts(first));
        const loaded = loadData(join(first, "data"));
        expect(loaded.diagnostics).toEqual([]);
        expect(loaded.files.map((f) => f.data)).toEqual(
          [...files]
            .sort((a, b) => (a.vendor.id < b.vendor.id ? -1 : 1))
            .map((f) => ({ ...f, actors: byId(f.actors) })),
        );
        const registryBefore = readFileSync(join(first, "data", "clusters.yaml"), "utf8");
        const before = vendorTexts(first);
        const again = fixData(join(first, "data"), "2026-01-01T00:00:00.000Z");
        expect(again.rewritten).toEqual([]);
        expect(vendorTexts(first)).toEqual(before);
        expect(readFileSync(join(first, "data", "clusters.yaml"), "utf8")).toBe(registryBefore);
      }),
      { numRuns: 25 },
    );
  });
});
