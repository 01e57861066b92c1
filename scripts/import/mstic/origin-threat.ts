import type { Actor } from "../../generated/vendor-file.js";

type Origin = NonNullable<Actor["origin"]>;
type Category = Actor["category"];

/** Every country Microsoft's list has named in "Origin/Threat" (all 23 versions, 2023-04 to 2026-07). */
const countries = new Map<string, Origin>(
  Object.entries({
    Austria: "AT",
    Belarus: "BY",
    China: "CN",
    Egypt: "EG",
    India: "IN",
    Indonesia: "ID",
    Iran: "IR",
    Israel: "IL",
    // Zigzag Hail: "South Korea" until 2024-05, "Korea" since 2024-12 (Hail is South Korea's family).
    Korea: "KR",
    Lebanon: "LB",
    "North Korea": "KP",
    Pakistan: "PK",
    "Palestinian Authority": "PS",
    Russia: "RU",
    Singapore: "SG",
    "South Korea": "KR",
    Turkey: "TR",
    Türkiye: "TR",
    Ukraine: "UA",
    "United Arab Emirates": "AE",
    "United States": "US",
    Vietnam: "VN",
  }) as [string, Origin][],
);

/** Every threat type the list has named. */
const threats = new Map<string, Category>(
  Object.entries({
    "Financially motivated": "financially-motivated",
    "Private sector offensive actor": "private-sector-offensive",
    "Influence operations": "influence-operations",
    "Group in development": "in-development",
    // A covert network (CovertNetwork-1658) is infrastructure, not a motivation.
    "Covert network": "unknown",
  }) as [string, Category][],
);

/** Microsoft's motivation families: their names say the category when the list gives only a country. */
const families = new Map<string, Category>([
  ["Tempest", "financially-motivated"],
  ["Tsunami", "private-sector-offensive"],
  ["Flood", "influence-operations"],
]);

export interface OriginThreat {
  origin?: Origin;
  category?: Category;
  /** Parts that are neither a known country nor a known threat type. */
  unknown: string[];
}

/**
 * Reads "Russia, Influence operations", "Financially motivated", "Iran" and the like. A country
 * alone means a nation-state actor, unless the actor's name is in a motivation family
 * ("Manatee Tempest": Russia, financially motivated). An empty value states nothing.
 */
export function readOriginThreat(value: string, actorName: string): OriginThreat {
  const result: OriginThreat = { unknown: [] };
  for (const part of value.split(",").map((p) => p.trim())) {
    if (part === "") continue;
    const country = countries.get(part);
    const threat = threats.get(part);
    if (country) result.origin = country;
    else if (threat) result.category = threat;
    else result.unknown.push(part);
  }
  if (result.origin && !result.category) {
    result.category = families.get(actorName.split(" ").at(-1) ?? "") ?? "nation-state";
  }
  return result;
}
