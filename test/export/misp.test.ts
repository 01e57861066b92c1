import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import { readExport, readJson, sharedBuild } from "./build-fixture.js";

interface MispValue {
  value: string;
  uuid: string;
  description?: string;
  meta?: { synonyms?: string[]; country?: string; refs?: string[] } & Record<string, unknown>;
  related?: { "dest-uuid": string; type: string }[];
}

let galaxy: Record<string, unknown>;
let clusters: Record<string, unknown> & { values: MispValue[] };
let data: ExportFile;

const fixture = sharedBuild(["--version", "1.4.2"]);

beforeAll(() => {
  const { out, result } = fixture();
  expect(result.code).toBe(0);
  galaxy = readJson(join(out, "misp", "galaxies", "actormap.json"));
  clusters = readJson(join(out, "misp", "clusters", "actormap.json"));
  data = readExport(out);
});

const clusterValue = (label: string) => clusters.values.find((v) => v.value === label) as MispValue;

describe("MISP galaxy export", () => {
  it("writes a galaxy and a cluster file of the same type with the fields MISP requires", () => {
    expect(Object.keys(galaxy).sort()).toEqual(
      ["description", "icon", "name", "namespace", "type", "uuid", "version"].sort(),
    );
    expect(Object.keys(clusters).sort()).toEqual(
      [
        "authors",
        "category",
        "description",
        "name",
        "source",
        "type",
        "uuid",
        "values",
        "version",
      ].sort(),
    );
    expect(clusters.type).toBe(galaxy.type);
    expect(galaxy.uuid).not.toBe(clusters.uuid);
  });

  it("turns the dataset version into MISP's growing integer version", () => {
    expect(galaxy.version).toBe(1_004_002);
    expect(clusters.version).toBe(1_004_002);
  });

  it("has one value per cluster with the cluster uuid, each uuid and label once", () => {
    expect(clusters.values.map((v) => v.uuid).sort()).toEqual(
      data.clusters.map((c) => c.uuid).sort(),
    );
    expect(new Set(clusters.values.map((v) => v.uuid)).size).toBe(clusters.values.length);
    expect(new Set(clusters.values.map((v) => v.value)).size).toBe(clusters.values.length);
    const keys = new Set(clusters.values.flatMap((v) => Object.keys(v)));
    for (const key of keys)
      expect(["value", "uuid", "description", "meta", "related"]).toContain(key);
  });

  it("lists every other vendor name as a synonym, with country and refs, and no empty lists", () => {
    expect(clusterValue("Midnight Blizzard").meta).toEqual({
      synonyms: ["APT29", "COZY BEAR", "NOBELIUM", "The Dukes"],
      country: "RU",
      refs: [
        "https://attack.mitre.org/groups/G0016",
        "https://www.microsoft.com/en-us/security/blog/2024/01/25/midnight-blizzard-guidance-for-responders-on-nation-state-attack/",
      ],
    });
    for (const v of clusters.values) {
      for (const list of [v.meta?.synonyms, v.meta?.refs, v.related]) {
        if (list !== undefined) expect(list.length, v.value).toBeGreaterThan(0);
      }
    }
    expect(clusterValue("Storm-0017").meta).toBeUndefined();
  });

  it("links partial relations with related dest-uuid and MISP relationship types", () => {
    const uuidOf = (label: string) => clusterValue(label).uuid;
    expect(clusterValue("LABYRINTH CHOLLIMA").related).toEqual(
      expect.arrayContaining([
        { "dest-uuid": uuidOf("Citrine Sleet"), type: "includes" },
        { "dest-uuid": uuidOf("Moonstone Sleet"), type: "includes" },
        { "dest-uuid": uuidOf("Lazarus Group"), type: "overlaps" },
      ]),
    );
    expect(clusterValue("Citrine Sleet").related).toEqual([
      { "dest-uuid": uuidOf("LABYRINTH CHOLLIMA"), type: "part-of" },
    ]);
    const uuids = new Set(clusters.values.map((v) => v.uuid));
    for (const v of clusters.values) {
      for (const r of v.related ?? []) expect(uuids.has(r["dest-uuid"])).toBe(true);
    }
  });
});
