import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { schemaDir } from "../../scripts/core/paths.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import type { RegistryFile } from "../../scripts/load/types.js";
import { fixtureData, readExport, readJson, sharedBuild } from "./build-fixture.js";

type StixObject = { type: string; id: string } & Record<string, unknown>;
interface Bundle {
  type: string;
  id: string;
  objects: StixObject[];
  [key: string]: unknown;
}

const uuid4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
const tlpClear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
const tlp2Extension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
const observablesNamespace = "00abedb4-aa42-466c-9c01-fed23315a9b7";
const millis = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let bundle: Bundle;
let text: string;
let data: ExportFile;
const registry = parse(readFileSync(join(fixtureData, "clusters.yaml"), "utf8")) as RegistryFile;

const fixture = sharedBuild();

beforeAll(() => {
  const { out, result } = fixture();
  expect(result.code).toBe(0);
  text = readFileSync(join(out, "actormap.stix.json"), "utf8");
  bundle = JSON.parse(text);
  data = readExport(out);
});

const ofType = (type: string) => bundle.objects.filter((o) => o.type === type);
const byId = (id: string) => bundle.objects.find((o) => o.id === id);
/** The OASIS TLP 2.0 objects, published verbatim: no actormap properties on them. */
const isOasis = (o: StixObject) => o.id === tlpClear || o.id === tlp2Extension;
const ours = () => bundle.objects.filter((o) => !isOasis(o));
const extensionId = () =>
  (ofType("extension-definition").find((o) => !isOasis(o)) as StixObject).id;
const own = (o: StixObject) =>
  (o.extensions as Record<string, Record<string, unknown>>)[extensionId()] ?? {};

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      visit(key, child);
      walk(child, visit);
    }
  }
}

describe("STIX 2.1 bundle", () => {
  it("is a bundle with a bundle--UUIDv4 id and no spec_version of its own", () => {
    expect(bundle.type).toBe("bundle");
    expect(bundle.id).toMatch(new RegExp(`^bundle--${uuid4}$`));
    expect(Object.keys(bundle).sort()).toEqual(["id", "objects", "type"]);
  });

  it("gives every object spec_version 2.1 and an id type--UUIDv4 matching its type", () => {
    for (const o of bundle.objects) {
      expect(o.spec_version, o.id).toBe("2.1");
      expect(o.id).toMatch(new RegExp(`^${o.type}--${uuid4}$`));
    }
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  });

  it("never uses the STIX observables namespace (every id is a version 4 UUID)", () => {
    expect(text).not.toContain(observablesNamespace);
    expect(text.match(/--[0-9a-f]{8}-[0-9a-f]{4}-[0-35-9a-f]/g)).toBeNull();
  });

  it("takes ids from the data and the registry, so they are stable from one build to the next", () => {
    const sets = ofType("intrusion-set")
      .map((o) => o.id)
      .sort();
    expect(sets).toEqual(registry.clusters.map((c) => `intrusion-set--${c.uuid}`).sort());
    const identities = ofType("identity").map((o) => o.id);
    for (const uuid of Object.values(registry.identities))
      expect(identities).toContain(`identity--${uuid}`);
    expect(
      ofType("relationship")
        .map((o) => o.id)
        .sort(),
    ).toEqual(registry.relationships.map((r) => `relationship--${r.uuid}`).sort());
  });

  it("has millisecond timestamps from the registry with modified >= created", () => {
    for (const o of bundle.objects) {
      expect(o.created, o.id).toMatch(millis);
      if (o.modified !== undefined) {
        expect(o.modified, o.id).toMatch(millis);
        expect((o.modified as string) >= (o.created as string), o.id).toBe(true);
      }
    }
    for (const cluster of registry.clusters) {
      expect(byId(`intrusion-set--${cluster.uuid}`)).toMatchObject({
        created: cluster.created,
        modified: cluster.modified,
      });
    }
  });

  it("has no empty lists and no deprecated x_ custom properties", () => {
    walk(bundle, (key, value) => {
      expect(key.startsWith("x_"), key).toBe(false);
      if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0);
    });
  });

  it("carries the OASIS TLP:CLEAR marking and its TLP 2.0 extension definition, and marks every object with it", () => {
    expect(byId(tlpClear)).toEqual({
      type: "marking-definition",
      spec_version: "2.1",
      id: tlpClear,
      created: "2022-10-01T00:00:00.000Z",
      name: "TLP:CLEAR",
      extensions: { [tlp2Extension]: { extension_type: "property-extension", tlp_2_0: "clear" } },
    });
    expect(byId(tlp2Extension)).toMatchObject({
      type: "extension-definition",
      name: "TLP 2.0",
      extension_types: ["property-extension"],
    });
    for (const o of ours()) expect(o.object_marking_refs, o.id).toEqual([tlpClear]);
  });

  it("has one publisher identity that created every actormap object", () => {
    const creators = new Set(ours().map((o) => o.created_by_ref));
    expect(creators.size).toBe(1);
    const [publisher] = [...creators] as string[];
    expect(byId(publisher as string)).toMatchObject({ type: "identity", name: "actormap" });
  });

  it("has one identity per vendor, with the registry's uuid", () => {
    for (const vendor of data.vendors) {
      const identity = byId(`identity--${registry.identities[vendor.id]}`);
      expect(identity).toMatchObject({ type: "identity", name: vendor.name });
      expect(own(identity as StixObject)).toMatchObject({
        vendor: vendor.id,
        provenance: vendor.provenance,
      });
    }
    expect(ofType("identity")).toHaveLength(data.vendors.length + 1);
  });

  it("puts custom properties in a property extension defined in the bundle with a schema in the repository", () => {
    const definition = byId(extensionId()) as StixObject;
    expect(definition.created_by_ref).toMatch(/^identity--/);
    expect(definition.extension_types).toEqual(["property-extension"]);
    expect(definition.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(definition.schema).toMatch(/\/schema\/stix-extension\.schema\.json$/);
    const validate = new Ajv2020({ allErrors: true }).compile(
      readJson<object>(join(schemaDir, "stix-extension.schema.json")),
    );
    const used = bundle.objects.filter((o) => o.extensions !== undefined && !isOasis(o));
    expect(used.length).toBeGreaterThan(0);
    for (const o of used) {
      expect(Object.keys(o.extensions as object), o.id).toEqual([extensionId()]);
      expect(validate(own(o)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("has one intrusion set per cluster with every same name in aliases and a reference per vendor name", () => {
    expect(ofType("intrusion-set")).toHaveLength(data.clusters.length);
    const apt29 = data.clusters.find((c) => c.members.includes("mitre-attack/g0016"));
    const set = byId(`intrusion-set--${apt29?.uuid}`) as StixObject;
    expect(set.name).toBe("Midnight Blizzard");
    expect(set.aliases).toEqual(["APT29", "COZY BEAR", "NOBELIUM", "The Dukes"]);
    expect(set.external_references).toEqual([
      {
        source_name: "mitre-attack",
        external_id: "G0016",
        url: "https://attack.mitre.org/groups/G0016",
      },
      { source_name: "crowdstrike", external_id: "COZY BEAR" },
      {
        source_name: "microsoft",
        external_id: "Midnight Blizzard",
        url: "https://www.microsoft.com/en-us/security/blog/2024/01/25/midnight-blizzard-guidance-for-responders-on-nation-state-attack/",
      },
    ]);
    expect(own(set).actors).toEqual(apt29?.members);
  });

  it("writes partial relations as related-to relationships with the kind in the extension, never as aliases", () => {
    const labyrinth = data.clusters.find((c) => c.label === "LABYRINTH CHOLLIMA");
    const set = byId(`intrusion-set--${labyrinth?.uuid}`) as StixObject;
    expect(set.aliases).toBeUndefined();
    const relationships = ofType("relationship");
    expect(new Set(relationships.map((r) => r.relationship_type))).toEqual(new Set(["related-to"]));
    const described = relationships.map((r) => {
      const name = (ref: unknown) => byId(ref as string)?.name;
      return `${name(r.source_ref)} ${own(r).relation} ${name(r.target_ref)}`;
    });
    expect(described.sort()).toEqual([
      "LABYRINTH CHOLLIMA includes Citrine Sleet",
      "LABYRINTH CHOLLIMA includes Moonstone Sleet",
      "LABYRINTH CHOLLIMA overlaps Lazarus Group",
    ]);
  });

  it("refers only to objects in the bundle (apart from OASIS's own creator identity)", () => {
    const ids = new Set(bundle.objects.map((o) => o.id));
    for (const o of ours()) {
      for (const ref of [o.created_by_ref, o.source_ref, o.target_ref]) {
        if (ref !== undefined) expect(ids.has(ref as string), `${o.id} → ${ref}`).toBe(true);
      }
    }
  });
});
