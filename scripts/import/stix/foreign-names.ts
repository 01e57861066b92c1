import type { Actor } from "../../generated/vendor-file.js";
import { isMicrosoftName } from "../mstic/microsoft-names.js";
import { namingSchemes } from "../naming-schemes.js";
import type { ExistingVendors } from "../types.js";

/** A vendor's naming pattern, compared regardless of letter case (ATT&CK writes "Cozy Bear"). */
interface Pattern {
  vendor: string;
  fits(upperCaseName: string): boolean;
}

const microsoftFamilies =
  "BLIZZARD|TYPHOON|SANDSTORM|SLEET|TEMPEST|TSUNAMI|FLOOD|RAIN|HAIL|CYCLONE|DUST|LIGHTNING|GUST|VORTEX";
const secureworksMetals =
  "IRON|BRONZE|COBALT|NICKEL|TUNGSTEN|GOLD|PLATINUM|COPPER|ZINC|ALUMINUM|TIN";

const patterns: readonly Pattern[] = [
  {
    vendor: "microsoft",
    fits: (name) =>
      new RegExp(`^[A-Z]+ (${microsoftFamilies})$`).test(name) ||
      isMicrosoftName(name) ||
      /^(DEV|STORM)-[0-9]+$/.test(name),
  },
  ...namingSchemes.map((scheme) => ({
    vendor: scheme.vendor,
    // The shared schemes tell letter case apart (CL-STA-0969, Cloaked Ursa): try both spellings.
    fits: (name: string) => scheme.matches(name) || scheme.matches(titleCase(name)),
  })),
  {
    vendor: "secureworks",
    fits: (name) =>
      new RegExp(`^(${secureworksMetals}) [A-Z]+$`).test(name) || /^TG-[0-9]{4}$/.test(name),
  },
  { vendor: "proofpoint", fits: (name) => /^TA[0-9]{3,4}$/.test(name) },
];

function titleCase(upper: string): string {
  return upper.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

/**
 * Whose name this is, when it is another vendor's: it fits that vendor's naming pattern (letter
 * case aside) and that vendor's file holds it. Otherwise undefined: the name stays with the
 * vendor that published it.
 */
export function foreignActor(
  name: string,
  ownVendor: string,
  existing: ExistingVendors,
): { vendor: string; actor: Actor } | undefined {
  const upper = name.toUpperCase();
  for (const { vendor, fits } of patterns) {
    if (vendor === ownVendor || !fits(upper) || !existing.has(vendor)) continue;
    const actor = liveActor(existing, vendor, name);
    if (actor) return { vendor, actor };
  }
  return undefined;
}

/** The vendor's actor holding `name`; a merged actor stands for the actor it was merged into. */
export function liveActor(
  existing: ExistingVendors,
  vendor: string,
  name: string,
): Actor | undefined {
  const actor = existing.find(vendor, name);
  if (actor?.status !== "merged" || actor.merged_into === undefined) return actor;
  return existing.get(vendor)?.actors.find((a) => a.id === actor.merged_into) ?? actor;
}
