import { serializeVendorFile } from "../../scripts/fix/serialize.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { parseVendorText } from "../../scripts/load/load-data.js";
import type { LoadedData, SourceFile } from "../../scripts/load/types.js";
import { buildModel } from "../../scripts/model/build-model.js";
import type { Model } from "../../scripts/model/types.js";

/** One actor as the tests write it: `mappings` as `vendor/name relation` strings. */
export interface ActorSpec {
  name?: string;
  aliases?: string[];
  status?: "active" | "retired" | "merged";
  merged_into?: string;
  mappings?: string[];
}

/** A LoadedData held in memory: vendor id → actor id → spec. */
export function loaded(vendors: Record<string, Record<string, ActorSpec>>): LoadedData {
  const files: SourceFile[] = [];
  for (const [vendor, actors] of Object.entries(vendors)) {
    const data = {
      vendor: {
        id: vendor,
        name: vendor,
        url: `https://example.com/${vendor}`,
        provenance: "curated",
      },
      actors: Object.entries(actors).map(([id, spec]) => ({
        id,
        name: spec.name ?? id,
        ...(spec.aliases ? { aliases: spec.aliases } : {}),
        category: "nation-state",
        status: spec.status ?? "active",
        ...(spec.merged_into ? { merged_into: spec.merged_into } : {}),
        ...(spec.mappings ? { mappings: spec.mappings.map(mapping) } : {}),
      })),
    };
    const { source, diagnostics } = parseVendorText(
      `data/vendors/${vendor}.yaml`,
      serializeVendorFile(data as VendorFile),
    );
    if (!source) throw new Error(`bad fixture ${vendor}: ${JSON.stringify(diagnostics)}`);
    files.push(source);
  }
  return {
    dir: "data",
    files,
    unreadable: [],
    registry: undefined,
    registryText: "",
    diagnostics: [],
  };
}

/** "b/Red Bear includes" → a mapping; the relation is left out when not given. */
function mapping(text: string) {
  const match = /^([^/]+)\/(.+?)(?: (same|overlaps|includes|part-of))?$/.exec(text);
  if (!match) throw new Error(`bad mapping ${text}`);
  const [, vendor, actor, relation] = match;
  return { vendor, actor, ...(relation ? { relation } : {}), source: "https://example.com/src" };
}

export function model(vendors: Record<string, Record<string, ActorSpec>>): Model {
  return buildModel(loaded(vendors));
}
