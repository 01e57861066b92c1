import { UsageError } from "../../cli/command.js";
import { parseJsonSource } from "../json-source.js";
import type { Importer } from "../types.js";
import { crowdStrikeActors } from "./crowdstrike-actors.js";
import { microsoftActors } from "./microsoft-actors.js";
import { readList } from "./read-list.js";

/** The list's public address (CC BY 4.0), cited by every mapping this importer writes. */
export const msticListUrl =
  "https://github.com/microsoft/mstic/blob/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json";

/**
 * Microsoft's published threat actor list (MicrosoftMapping.json). Writes Microsoft's actors
 * (`--vendor microsoft`, the default) or the CrowdStrike names of the June 2025 joint mapping
 * (`--vendor crowdstrike`), each mapped to the other side.
 */
export const msticImporter: Importer = {
  format: "mstic",
  summary: "Microsoft's threat actor list (MicrosoftMapping.json, every published shape)",
  read(input) {
    const vendor = input.vendor ?? "microsoft";
    if (vendor !== "microsoft" && vendor !== "crowdstrike") {
      throw new UsageError(
        `mstic writes --vendor microsoft (the default) or crowdstrike, not "${vendor}"`,
      );
    }
    const { entries, notes } = readList(parseJsonSource(input.file, input.text));
    const source = input.source ?? msticListUrl;
    const result =
      vendor === "microsoft"
        ? microsoftActors(entries, source, input.existing)
        : crowdStrikeActors(entries, source);
    return { ...result, notes: [...notes, ...result.notes] };
  },
};
