import type { Vendor } from "../../generated/vendor-file.js";

/**
 * A naming authority the importers can write a file for: its vendor block (used only when the
 * file does not exist yet), the MISP producers whose attributed names are its names, and the
 * web hosts of its own publications (a MISP reference there is kept on the actor).
 */
export interface Authority {
  vendor: Vendor;
  mispProducers: string[];
  hosts: string[];
}

const curated: Pick<Vendor, "provenance" | "maintainers"> = {
  provenance: "curated",
  maintainers: [],
};

/** Every authority, by vendor id. Microsoft and CrowdStrike files come from the mstic importer. */
export const authorities: readonly Authority[] = [
  {
    vendor: {
      id: "microsoft",
      name: "Microsoft Threat Intelligence",
      url: "https://learn.microsoft.com/en-us/defender-xdr/microsoft-threat-actor-naming",
      ...curated,
    },
    mispProducers: ["Microsoft"],
    hosts: ["microsoft.com"],
  },
  {
    vendor: {
      id: "crowdstrike",
      name: "CrowdStrike",
      url: "https://www.crowdstrike.com/",
      ...curated,
    },
    mispProducers: ["CrowdStrike"],
    hosts: ["crowdstrike.com"],
  },
  {
    vendor: {
      id: "mitre-attack",
      name: "MITRE ATT&CK",
      url: "https://attack.mitre.org/groups/",
      ...curated,
      naming:
        "Group ids G#### (G0016), each with ATT&CK's name for the group (APT29) and the names it lists as associated groups.",
    },
    mispProducers: ["MITRE"],
    hosts: ["attack.mitre.org"],
  },
  {
    vendor: {
      id: "google-mandiant",
      name: "Google Threat Intelligence Group (Mandiant)",
      url: "https://cloud.google.com/blog/topics/threat-intelligence/updated-cyber-threat-actor-naming-system/",
      ...curated,
      naming:
        "APT## and FIN## for attributed espionage and financial groups, UNC#### for uncategorised clusters, TEMP.Name for older working names; since 2026 adjective + CASTLE (China), RELIC (Russia), ION (Iran), NEPTUNE (North Korea), COMET (financially motivated).",
    },
    mispProducers: ["Mandiant", "Google Cloud Blog"],
    hosts: ["mandiant.com", "fireeye.com", "cloud.google.com"],
  },
  {
    vendor: {
      id: "unit42",
      name: "Palo Alto Networks Unit 42",
      url: "https://unit42.paloaltonetworks.com/threat-actor-groups-tracked-by-palo-alto-networks-unit-42/",
      ...curated,
      naming:
        "Constellations: Ursa Russia, Taurus China, Serpens Iran, Pisces North Korea, Libra and Scorpius cybercrime, Draco Pakistan; CL-XXX-#### activity clusters and TGR-XXX-## temporary groups.",
    },
    mispProducers: ["Palo Alto"],
    hosts: ["paloaltonetworks.com"],
  },
  {
    vendor: {
      id: "secureworks",
      name: "Secureworks Counter Threat Unit",
      url: "https://www.secureworks.com/research/threat-profiles",
      ...curated,
      naming:
        "Metal + word: IRON Russia, BRONZE China, COBALT Iran, NICKEL North Korea, TUNGSTEN South Korea, GOLD financially motivated, and others by origin.",
    },
    mispProducers: ["Secureworks"],
    hosts: ["secureworks.com"],
  },
  {
    vendor: {
      id: "proofpoint",
      name: "Proofpoint",
      url: "https://www.proofpoint.com/us/threat-reference/threat-actor",
      ...curated,
      naming: "TA### for tracked threat actors, UNK_ for unattributed developing clusters.",
    },
    mispProducers: ["Proofpoint"],
    hosts: ["proofpoint.com"],
  },
  {
    vendor: {
      id: "kaspersky",
      name: "Kaspersky GReAT",
      url: "https://apt.securelist.com/",
      ...curated,
    },
    mispProducers: ["Kaspersky"],
    hosts: ["securelist.com", "kaspersky.com"],
  },
  {
    vendor: {
      id: "trend-micro",
      name: "Trend Micro Research",
      url: "https://www.trendmicro.com/en_us/research.html",
      ...curated,
      naming: "Earth + word for espionage groups, Water + word for financially motivated groups.",
    },
    mispProducers: ["Trend Micro"],
    hosts: ["trendmicro.com"],
  },
  {
    vendor: {
      id: "cisco-talos",
      name: "Cisco Talos Intelligence Group",
      url: "https://blog.talosintelligence.com/",
      ...curated,
    },
    mispProducers: ["Cisco Talos Intelligence Group"],
    hosts: ["talosintelligence.com"],
  },
  {
    vendor: {
      id: "eset",
      name: "ESET Research",
      url: "https://www.welivesecurity.com/en/eset-research/",
      ...curated,
    },
    mispProducers: ["ESET"],
    hosts: ["welivesecurity.com", "eset.com"],
  },
  {
    vendor: {
      id: "recorded-future",
      name: "Recorded Future Insikt Group",
      url: "https://www.recordedfuture.com/research",
      ...curated,
    },
    mispProducers: ["Recorded Future"],
    hosts: ["recordedfuture.com"],
  },
  {
    vendor: {
      id: "symantec",
      name: "Symantec Threat Hunter Team",
      url: "https://www.security.com/threat-intelligence",
      ...curated,
    },
    mispProducers: ["Symantec"],
    hosts: ["symantec.com", "security.com"],
  },
  {
    vendor: {
      id: "check-point",
      name: "Check Point Research",
      url: "https://research.checkpoint.com/",
      ...curated,
    },
    mispProducers: ["Check Point"],
    hosts: ["checkpoint.com"],
  },
];

/** The authority a MISP producer's names belong to. */
export function authorityOfProducer(producer: string): Authority | undefined {
  return authorities.find((authority) => authority.mispProducers.includes(producer));
}

export function authorityById(vendorId: string): Authority | undefined {
  return authorities.find((authority) => authority.vendor.id === vendorId);
}
