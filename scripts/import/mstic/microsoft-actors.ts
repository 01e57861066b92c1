import { nameKey } from "../../core/normalize.js";
import type { Mapping, Vendor } from "../../generated/vendor-file.js";
import type { Relation } from "../../model/types.js";
import { type NamingScheme, schemeOf } from "../naming-schemes.js";
import { type Link, relationsOf } from "../relations.js";
import { slugOf } from "../slug.js";
import { liveActor } from "../stix/foreign-names.js";
import type { ExistingVendors, ImportedActor, ImportResult, UnattributedName } from "../types.js";
import { isMicrosoftName } from "./microsoft-names.js";
import { readOriginThreat } from "./origin-threat.js";
import type { ListEntry } from "./read-list.js";

const microsoft: Vendor = {
  id: "microsoft",
  name: "Microsoft Threat Intelligence",
  url: "https://learn.microsoft.com/en-us/defender-xdr/microsoft-threat-actor-naming",
  provenance: "curated",
  maintainers: [],
  naming:
    "Weather families: Blizzard Russia, Typhoon China, Sandstorm Iran, Sleet North Korea, and others" +
    " by origin; Tempest financially motivated, Tsunami private-sector offensive actors, Flood" +
    " influence operations; Storm-#### for groups in development.",
};

/** Where one of an entry's other names goes (see docs/data-sources.md for the rule). */
type Placement =
  | { kind: "alias" }
  | { kind: "foreign"; scheme: NamingScheme }
  | { kind: "report"; reason: string };

interface Placed {
  entry: ListEntry;
  name: string;
  placement: Placement;
}

/** Microsoft's actors: aliases from its own names, mappings to vendors with a file, the rest reported. */
export function microsoftActors(
  entries: ListEntry[],
  source: string,
  existing: ExistingVendors,
): ImportResult {
  const placed = dropSharedAliases(placeNames(entries, existing));
  const unattributed: UnattributedName[] = [];
  for (const { entry, name, placement } of placed) {
    if (placement.kind === "report")
      unattributed.push({ name, actor: entry.name, reason: placement.reason });
  }
  const mappingsOf = mapForeignNames(placed, source, existing, unattributed);
  const notes: string[] = [];
  const actors = entries.map((entry): ImportedActor => {
    const { origin, category, unknown } = readOriginThreat(entry.originThreat, entry.name);
    for (const part of unknown) {
      notes.push(
        `"${part}" (Origin/Threat of ${entry.name}) is not a known country or threat type: left out`,
      );
    }
    const aliases = placed
      .filter((p) => p.entry === entry && p.placement.kind === "alias")
      .map((p) => p.name);
    const mappings = mappingsOf.get(entry) ?? [];
    const merged = mergedInto(entry, entries, notes);
    return {
      id: slugOf(entry.name),
      name: entry.name,
      ...(aliases.length > 0 && { aliases }),
      ...(origin && { origin }),
      ...(category && { category }),
      ...(merged && { status: "merged" as const, merged_into: merged }),
      ...(mappings.length > 0 && { mappings }),
    };
  });
  return { vendors: [{ vendor: microsoft, actors, source }], unattributed, notes };
}

function placeNames(entries: ListEntry[], existing: ExistingVendors): Placed[] {
  const entryKeys = new Set(entries.map((e) => nameKey(e.name)));
  const placed: Placed[] = [];
  for (const entry of entries) {
    const curated = existing.find("microsoft", entry.name);
    const previous = new Set(entry.previousNames.map(nameKey));
    const seen = new Set([nameKey(entry.name)]);
    for (const name of [...entry.previousNames, ...entry.otherNames]) {
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const scheme = schemeOf(name);
      const placement: Placement = entryKeys.has(key)
        ? { kind: "report", reason: "is also an actor of its own in the list" }
        : previous.has(key) ||
            isMicrosoftName(name) ||
            (curated !== undefined && existing.find("microsoft", name)?.id === curated.id)
          ? { kind: "alias" }
          : scheme
            ? { kind: "foreign", scheme }
            : { kind: "report", reason: "fits no vendor's naming pattern" };
      placed.push({ entry, name, placement });
    }
  }
  return placed;
}

/** A Microsoft-scheme name on two entries cannot be an alias of both: report it instead. */
function dropSharedAliases(placed: Placed[]): Placed[] {
  const owners = new Map<string, string[]>();
  for (const { entry, name, placement } of placed) {
    if (placement.kind === "alias")
      owners.set(nameKey(name), [...(owners.get(nameKey(name)) ?? []), entry.name]);
  }
  return placed.map((p) => {
    const names = owners.get(nameKey(p.name)) ?? [];
    return p.placement.kind === "alias" && names.length > 1
      ? { ...p, placement: { kind: "report", reason: `is listed on ${names.join(" and ")}` } }
      : p;
  });
}

/**
 * Other vendors' names become mappings when that vendor has a file holding the name; the
 * relation follows from how many actors each side lists, per vendor (see relationsOf).
 */
function mapForeignNames(
  placed: Placed[],
  source: string,
  existing: ExistingVendors,
  unattributed: UnattributedName[],
): Map<ListEntry, Mapping[]> {
  const targets: (Link & { entry: ListEntry; vendor: string; actor: string })[] = [];
  for (const { entry, name, placement } of placed) {
    if (placement.kind !== "foreign") continue;
    const { vendor, label } = placement.scheme;
    // A merged actor's name stands for its successor (UNC2452 for APT29), as in the other imports.
    const target = liveActor(existing, vendor, name);
    if (!target) {
      const reason = existing.has(vendor)
        ? `${label} name by pattern, not in vendors/${vendor}.yaml`
        : `${label} name by pattern; there is no vendors/${vendor}.yaml`;
      unattributed.push({ name, actor: entry.name, reason });
      continue;
    }
    const to = `${vendor}/${target.id}`;
    if (targets.some((t) => t.entry === entry && t.to === to)) continue;
    targets.push({ entry, vendor, actor: target.name, from: entry.name, to });
  }
  // Counted per vendor: COZY BEAR and APT29 on Midnight Blizzard are each one-to-one.
  const relations = new Map<Link, Relation>();
  for (const vendor of new Set(targets.map((t) => t.vendor))) {
    for (const [link, relation] of relationsOf(targets.filter((t) => t.vendor === vendor))) {
      relations.set(link, relation);
    }
  }
  const mappingsOf = new Map<ListEntry, Mapping[]>();
  for (const target of targets) {
    const mapping: Mapping = {
      vendor: target.vendor,
      actor: target.actor,
      relation: keptRelation(target, existing) ?? relations.get(target) ?? "same",
      source,
    };
    mappingsOf.set(target.entry, [...(mappingsOf.get(target.entry) ?? []), mapping]);
  }
  return mappingsOf;
}

/**
 * A curated `overlaps`/`includes`/`part-of` already in microsoft.yaml for this link, which the
 * import keeps rather than reading the list's one-to-one link as `same` again (as settleRelations
 * does for the other imports).
 */
function keptRelation(
  link: { from: string; to: string; vendor: string },
  existing: ExistingVendors,
): Relation | undefined {
  const kept = existing
    .find("microsoft", link.from)
    ?.mappings?.find(
      (m) =>
        m.vendor === link.vendor &&
        `${m.vendor}/${existing.find(m.vendor, m.actor)?.id}` === link.to,
    )?.relation;
  return kept !== undefined && kept !== "same" ? kept : undefined;
}

/** "(Merged into Octo Tempest)": the successor's id, when the list holds it. */
function mergedInto(entry: ListEntry, entries: ListEntry[], notes: string[]): string | undefined {
  if (entry.mergedInto === undefined) return undefined;
  const target = entries.find((e) => nameKey(e.name) === nameKey(entry.mergedInto ?? ""));
  if (target) return slugOf(target.name);
  notes.push(
    `${entry.name} is "merged into ${entry.mergedInto}", which the list does not hold: left active`,
  );
  return undefined;
}
