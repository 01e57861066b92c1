import type { JsonSource } from "../json-source.js";

/** One MISP galaxy cluster (one entry of `values`) as the importer uses it. */
export interface GalaxyCluster {
  value: string;
  /** Its own name first, then its synonyms, as written. */
  names: string[];
  /** `meta.name-attribution`: which producer (by uuid) uses which name. */
  attributions: { name: string; producer: string }[];
  refs: string[];
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valuesOf(source: JsonSource, what: string): Fields[] {
  const root = source.value;
  if (!isObject(root) || !Array.isArray(root.values)) {
    throw source.error([], `expected a MISP ${what} file: an object with a "values" list`);
  }
  return root.values.map((value: unknown, index) => {
    if (!isObject(value) || typeof value.value !== "string" || value.value.trim() === "") {
      throw source.error(["values", index], 'each entry of "values" needs a "value" string');
    }
    return value;
  });
}

function strings(source: JsonSource, value: unknown, path: (string | number)[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw source.error(path, `"${path.at(-1)}" must be a list of strings`);
  }
  return value.map((item: string) => item.trim()).filter((item) => item !== "");
}

/** The clusters of a galaxy cluster file such as `clusters/threat-actor.json`. */
export function readClusters(source: JsonSource): GalaxyCluster[] {
  return valuesOf(source, "galaxy cluster").map((entry, index) => {
    const meta = entry.meta ?? {};
    const at = ["values", index, "meta"];
    if (!isObject(meta)) throw source.error(at, '"meta" must be an object');
    const attributions = strings(source, meta["name-attribution"], [...at, "name-attribution"]).map(
      (item, i) => {
        const colon = item.lastIndexOf(":");
        const name = item.slice(0, colon).trim();
        const producer = item.slice(colon + 1).trim();
        if (colon < 1 || name === "" || !/^[0-9a-f-]{36}$/.test(producer)) {
          throw source.error(
            [...at, "name-attribution", i],
            `"${item}" is not "name:producer-uuid"`,
          );
        }
        return { name, producer };
      },
    );
    const value = (entry.value as string).trim();
    return {
      value,
      names: [value, ...strings(source, meta.synonyms, [...at, "synonyms"])],
      attributions,
      refs: strings(source, meta.refs, [...at, "refs"]).filter((ref) =>
        /^https?:\/\/\S+$/.test(ref),
      ),
    };
  });
}

/** Producer uuid → producer name, from `clusters/producer.json`. */
export function readProducers(source: JsonSource): Map<string, string> {
  const producers = new Map<string, string>();
  valuesOf(source, "producer").forEach((entry, index) => {
    if (typeof entry.uuid !== "string") {
      throw source.error(["values", index], 'each producer needs a "uuid" string');
    }
    producers.set(entry.uuid, (entry.value as string).trim());
  });
  return producers;
}
