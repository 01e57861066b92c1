import type { JsonSource } from "../json-source.js";

/** One `intrusion-set` as the importer uses it. */
export interface IntrusionSet {
  /** The STIX id, `intrusion-set--<uuid>`. */
  id: string;
  name: string;
  aliases: string[];
  revoked: boolean;
  /** ATT&CK's `x_mitre_deprecated`. */
  deprecated: boolean;
  /** ATT&CK's group id (G0016), from the `mitre-attack` external reference. */
  attackId?: string;
  /** Addresses of the external references, the ATT&CK page first. */
  urls: string[];
}

export interface Bundle {
  sets: IntrusionSet[];
  /** `revoked-by` relationships: revoked object id → the object that replaces it. */
  revokedBy: Map<string, string>;
}

type Fields = Record<string, unknown>;

/**
 * Reads a STIX 2.0 or 2.1 bundle: its intrusion sets and `revoked-by` relationships; other
 * objects are skipped. Anything malformed in what is read fails at its position.
 */
export function readBundle(source: JsonSource): Bundle {
  const root = source.value as Fields;
  if (!isObject(root) || root.type !== "bundle" || !Array.isArray(root.objects)) {
    throw source.error([], 'expected a STIX bundle: an object with "type": "bundle" and "objects"');
  }
  const sets: IntrusionSet[] = [];
  const revokedBy = new Map<string, string>();
  root.objects.forEach((object: unknown, index) => {
    const at = ["objects", index];
    if (!isObject(object) || typeof object.type !== "string") {
      throw source.error(at, 'each object of the bundle must be an object with a "type"');
    }
    if (object.type === "intrusion-set") sets.push(readSet(source, object, at));
    if (object.type === "relationship" && object.relationship_type === "revoked-by") {
      const from = object.source_ref;
      const to = object.target_ref;
      if (typeof from !== "string" || typeof to !== "string") {
        throw source.error(at, 'a "revoked-by" relationship needs "source_ref" and "target_ref"');
      }
      revokedBy.set(from, to);
    }
  });
  return { sets, revokedBy };
}

function readSet(source: JsonSource, object: Fields, at: (string | number)[]): IntrusionSet {
  const text = (key: string) => {
    const value = object[key];
    if (typeof value !== "string" || value.trim() === "") {
      throw source.error([...at, key], `an intrusion-set needs a non-empty "${key}" string`);
    }
    return value.trim();
  };
  const flag = (key: string) => {
    const value = object[key] ?? false;
    if (typeof value !== "boolean")
      throw source.error([...at, key], `"${key}" must be true or false`);
    return value;
  };
  const aliases = object.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== "string")) {
    throw source.error([...at, "aliases"], '"aliases" must be a list of strings');
  }
  const references = object.external_references ?? [];
  if (!Array.isArray(references) || !references.every(isObject)) {
    throw source.error(
      [...at, "external_references"],
      '"external_references" must be a list of objects',
    );
  }
  const attack = references.find(
    (ref) => ref.source_name === "mitre-attack" && typeof ref.external_id === "string",
  );
  const attackId = attack?.external_id as string | undefined;
  if (attackId !== undefined && !/^G[0-9]{4}$/.test(attackId)) {
    const i = references.indexOf(attack as Fields);
    throw source.error(
      [...at, "external_references", i, "external_id"],
      `"${attackId}" is not an ATT&CK group id (G followed by four digits)`,
    );
  }
  const urls = references
    .map((ref) => ref.url)
    .filter((url): url is string => typeof url === "string" && /^https?:\/\/\S+$/.test(url));
  return {
    id: text("id"),
    name: text("name"),
    aliases: aliases.map((alias: string) => alias.trim()).filter((alias) => alias !== ""),
    revoked: flag("revoked"),
    deprecated: flag("x_mitre_deprecated"),
    ...(attackId !== undefined && { attackId }),
    urls,
  };
}

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
