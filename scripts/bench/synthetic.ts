import type { Actor, Mapping, VendorFile } from "../generated/vendor-file.js";

/**
 * A synthetic dataset shaped like the real one, for `npm run bench`: `vendors` files of
 * `actorsPerVendor` actors each. Actor i of every vendor describes group i, so `same` mappings
 * chain group i across neighbouring vendors (both sides state each one; a few links are left out
 * so clusters vary in size), every tenth actor `overlaps` a group of another vendor and every
 * twenty-fifth `includes` one (the target says `part-of`). The result validates clean.
 */
export function syntheticVendorFiles(
  vendors: number,
  actorsPerVendor: number,
  newUuid: () => string,
): VendorFile[] {
  const files: VendorFile[] = [];
  for (let v = 0; v < vendors; v++) {
    const actors: Actor[] = [];
    for (let i = 0; i < actorsPerVendor; i++) {
      const origin = ORIGINS[i % ORIGINS.length];
      actors.push({
        id: actorId(i),
        uuid: newUuid(),
        name: actorName(v, i),
        aliases: [`${vendorLabel(v)} Former ${i}`],
        ...(origin ? { origin } : {}),
        category: CATEGORIES[i % CATEGORIES.length] ?? "unknown",
        status: "active",
        first_seen: String(2000 + (i % 25)),
        references: [`https://example.com/${vendorId(v)}/${actorId(i)}`],
        mappings: mappingsOf(v, i, vendors, actorsPerVendor),
      });
    }
    files.push({
      vendor: {
        id: vendorId(v),
        name: `${vendorLabel(v)} Threat Research`,
        url: `https://example.com/${vendorId(v)}`,
        provenance: "curated",
        maintainers: [`@bench-${vendorId(v)}`],
      },
      actors,
    });
  }
  return files;
}

const ORIGINS = ["RU", "CN", "IR", "KP", undefined] as const;
const CATEGORIES = ["nation-state", "financially-motivated", "influence-operations"] as const;

export function vendorId(v: number): string {
  return `vendor-${String(v + 1).padStart(2, "0")}`;
}

function vendorLabel(v: number): string {
  return `Vendor ${String(v + 1).padStart(2, "0")}`;
}

function actorId(i: number): string {
  return `group-${String(i).padStart(5, "0")}`;
}

function actorName(v: number, i: number): string {
  return `${vendorLabel(v)} Group ${i}`;
}

/** Group i is linked from vendor v to vendor v + 1 unless this pair is one of the gaps. */
function linked(v: number, i: number, vendors: number): boolean {
  return v + 1 < vendors && (i + v) % 5 !== 0;
}

function mappingsOf(v: number, i: number, vendors: number, actors: number): Mapping[] {
  const to = (w: number, j: number, relation: Mapping["relation"]): Mapping => ({
    vendor: vendorId(w),
    actor: actorName(w, j),
    relation,
    source: `https://example.com/${vendorId(v)}/mappings`,
    since: "2025-06-02",
  });
  const wrap = (w: number) => (w + vendors) % vendors;
  const mappings: Mapping[] = [];
  if (v > 0 && linked(v - 1, i, vendors)) mappings.push(to(v - 1, i, "same"));
  if (linked(v, i, vendors)) mappings.push(to(v + 1, i, "same"));
  if (vendors > 2 && i % 10 === 0 && i + 1 < actors)
    mappings.push(to(wrap(v + 2), i + 1, "overlaps"));
  if (vendors > 2 && i % 10 === 1) mappings.push(to(wrap(v - 2), i - 1, "overlaps"));
  if (vendors > 3 && i % 25 === 5 && i + 2 < actors)
    mappings.push(to(wrap(v + 3), i + 2, "includes"));
  if (vendors > 3 && i % 25 === 7) mappings.push(to(wrap(v - 3), i - 2, "part-of"));
  return mappings;
}
