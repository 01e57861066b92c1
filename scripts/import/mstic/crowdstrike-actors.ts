import { compareText } from "../../core/diagnostic.js";
import { nameKey } from "../../core/normalize.js";
import type { Mapping, Vendor } from "../../generated/vendor-file.js";
import { crowdStrikeAnimal, crowdStrikeAnimals } from "../naming-schemes.js";
import { type Link, relationsOf, reverseRelation } from "../relations.js";
import { slugOf } from "../slug.js";
import type { ImportedActor, ImportResult } from "../types.js";
import type { ListEntry } from "./read-list.js";

const crowdstrike: Vendor = {
  id: "crowdstrike",
  name: "CrowdStrike",
  url: "https://www.crowdstrike.com/",
  provenance: "curated",
  maintainers: [],
  naming:
    "Adjective + animal: BEAR Russia, PANDA China, KITTEN Iran, CHOLLIMA North Korea, BUFFALO" +
    " Vietnam, LEOPARD Pakistan, TIGER India, CRANE South Korea, WOLF Türkiye; SPIDER eCrime," +
    " JACKAL hacktivists.",
};

/**
 * CrowdStrike's side of the joint mapping: every capitalised CrowdStrike name in the list's
 * other names becomes an actor (origin and category from its animal), mapped to each Microsoft
 * actor carrying it; a name on several Microsoft actors `includes` each of them.
 */
export function crowdStrikeActors(entries: ListEntry[], source: string): ImportResult {
  const names = new Map<string, string>();
  const links: (Link & { entry: ListEntry })[] = [];
  for (const entry of entries) {
    for (const name of entry.otherNames) {
      if (crowdStrikeAnimal(name) === undefined) continue;
      const key = nameKey(name);
      if (!names.has(key)) names.set(key, name);
      if (!links.some((l) => l.entry === entry && l.to === key)) {
        links.push({ entry, from: entry.name, to: key });
      }
    }
  }
  const relations = relationsOf(links);
  const actors = [...names.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, name]): ImportedActor => {
      const mappings = links
        .filter((link) => link.to === key)
        .map(
          (link): Mapping => ({
            vendor: "microsoft",
            actor: link.entry.name,
            relation: reverseRelation(relations.get(link) ?? "same"),
            source,
          }),
        );
      const animal = crowdStrikeAnimals[crowdStrikeAnimal(name) ?? ""];
      return { id: slugOf(name), name, ...animal, mappings };
    });
  return { vendors: [{ vendor: crowdstrike, actors, source }], unattributed: [], notes: [] };
}
