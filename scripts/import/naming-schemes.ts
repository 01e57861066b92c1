import type { Actor } from "../generated/vendor-file.js";

/**
 * How a naming authority's names look, for telling whose name a bare string in someone else's
 * list is. Patterns are deliberately narrow: a name that fits none is reported, never guessed.
 */
export interface NamingScheme {
  vendor: string;
  /** Vendor display name for messages. */
  label: string;
  matches(name: string): boolean;
}

/** CrowdStrike's animals and what each says about the adversary. */
export const crowdStrikeAnimals: Record<string, Pick<Actor, "origin" | "category">> = {
  BEAR: { origin: "RU", category: "nation-state" },
  PANDA: { origin: "CN", category: "nation-state" },
  KITTEN: { origin: "IR", category: "nation-state" },
  CHOLLIMA: { origin: "KP", category: "nation-state" },
  BUFFALO: { origin: "VN", category: "nation-state" },
  LEOPARD: { origin: "PK", category: "nation-state" },
  TIGER: { origin: "IN", category: "nation-state" },
  CRANE: { origin: "KR", category: "nation-state" },
  WOLF: { origin: "TR", category: "nation-state" },
  SPIDER: { category: "financially-motivated" },
  JACKAL: { category: "hacktivist" },
};

const crowdStrikeName = new RegExp(`^[A-Z]+ (${Object.keys(crowdStrikeAnimals).join("|")})$`);

/** Upper-case adjective + animal, as CrowdStrike writes them ("COZY BEAR"); "Laundry Bear" is not one. */
export function crowdStrikeAnimal(name: string): string | undefined {
  return crowdStrikeName.exec(name)?.[1];
}

export const namingSchemes: readonly NamingScheme[] = [
  { vendor: "crowdstrike", label: "CrowdStrike", matches: (name) => crowdStrikeName.test(name) },
  {
    vendor: "google-mandiant",
    label: "Google/Mandiant",
    // APT28, FIN7, UNC2452, TEMP.Veles; Google's 2026 names such as ICE RELIC.
    matches: (name) =>
      /^(APT|FIN|UNC)[0-9]+$/.test(name) ||
      /^TEMP\.[A-Z][A-Za-z]+$/.test(name) ||
      /^[A-Z]+ (CASTLE|RELIC|ION|NEPTUNE|COMET)$/.test(name),
  },
  {
    vendor: "unit42",
    label: "Unit 42",
    // Constellations (Cloaked Ursa) and cluster ids (CL-STA-0969, TGR-STA-0043).
    matches: (name) =>
      /^[A-Z][a-z]+ (Ursa|Taurus|Serpens|Pisces|Libra|Scorpius|Draco)$/.test(name) ||
      /^(CL|TGR)-[A-Z]{3}-[0-9]+$/.test(name),
  },
  { vendor: "mitre-attack", label: "MITRE ATT&CK", matches: (name) => /^G[0-9]{4}$/.test(name) },
];

/** The scheme a name fits, if exactly one does. */
export function schemeOf(name: string): NamingScheme | undefined {
  const found = namingSchemes.filter((scheme) => scheme.matches(name));
  return found.length === 1 ? found[0] : undefined;
}
