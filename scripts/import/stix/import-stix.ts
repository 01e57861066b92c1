import { UsageError } from "../../cli/command.js";
import { parseJsonSource } from "../json-source.js";
import { authorityById } from "../misp/authorities.js";
import { settleRelations } from "../settle-relations.js";
import type { Importer } from "../types.js";
import { readBundle } from "./read-bundle.js";
import { stixActors } from "./stix-actors.js";

/**
 * STIX 2.0 and 2.1 bundles of intrusion sets. A bundle whose sets carry ATT&CK group ids is
 * MITRE ATT&CK's (`--vendor mitre-attack` by default, actor ids from the G-ids, each mapping
 * sourced to the group's ATT&CK page); any other bundle needs `--vendor`.
 */
export const stixImporter: Importer = {
  format: "stix",
  summary: "STIX 2.0/2.1 bundles of intrusion-set objects (MITRE ATT&CK's groups)",
  read(input) {
    const bundle = readBundle(parseJsonSource(input.file, input.text));
    const attack = bundle.sets.length > 0 && bundle.sets.every((set) => set.attackId !== undefined);
    const vendorId = input.vendor ?? (attack ? "mitre-attack" : undefined);
    if (vendorId === undefined) {
      throw new UsageError(
        "the bundle is not MITRE ATT&CK's: say whose groups these are with --vendor ID",
      );
    }
    const vendor = input.existing.get(vendorId)?.vendor ?? authorityById(vendorId)?.vendor;
    if (!vendor) {
      throw new UsageError(
        `there is no vendors/${vendorId}.yaml to import into: create it with its vendor block first`,
      );
    }
    const { actors, unattributed, notes } = stixActors(bundle, {
      vendor: vendorId,
      attack: vendorId === "mitre-attack",
      source: input.source,
      existing: input.existing,
    });
    if (bundle.sets.length === 0) notes.push("the bundle holds no intrusion-set objects");
    return settleRelations(
      { vendors: [{ vendor, actors, source: input.source ?? vendor.url }], unattributed, notes },
      input.existing,
    );
  },
};
