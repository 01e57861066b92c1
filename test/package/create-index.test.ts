import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import { createIndex } from "../../scripts/package/create-index.js";

const fixturePath = join(packageRoot, "test", "fixtures", "package", "actormap.json");
const data = JSON.parse(readFileSync(fixturePath, "utf8")) as ExportFile;
const index = createIndex(data);

const keysOf = (query: string) => index.lookup(query).map((m) => m.actor.key);
const clusterUuid = (label: string) => {
  const found = data.clusters.find((c) => c.label === label);
  if (!found) throw new Error(`no cluster ${label} in the fixture`);
  return found.uuid;
};

describe("createIndex", () => {
  it("reads a fixture that the published export schema accepts", () => {
    const schema = JSON.parse(
      readFileSync(join(packageRoot, "schema", "export.schema.json"), "utf8"),
    );
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("finds an actor by any spelling of its name: case, spaces and punctuation ignored", () => {
    for (const query of [
      "Cozy Bear",
      "COZY BEAR",
      "cozy-bear",
      "  cozy_bear ",
      "ＣＯＺＹ　ＢＥＡＲ",
    ]) {
      expect(keysOf(query), query).toEqual(["crowdstrike/cozy-bear"]);
    }
  });

  it("returns the cluster with every vendor's names and the mappings with their sources", () => {
    const [match] = index.lookup("Cozy Bear");
    expect(match?.matched).toBe("name");
    expect(match?.cluster.label).toBe("Midnight Blizzard");
    expect(match?.cluster.actors.map((a) => `${a.name} (${a.vendor})`)).toEqual([
      "Midnight Blizzard (microsoft)",
      "COZY BEAR (crowdstrike)",
      "APT29 (mitre-attack)",
    ]);
    expect(match?.cluster.mappings.map((m) => [m.from, m.to, m.status])).toEqual([
      ["crowdstrike/cozy-bear", "microsoft/midnight-blizzard", "mutual"],
      ["microsoft/midnight-blizzard", "mitre-attack/g0016", "one-sided"],
    ]);
    expect(match?.cluster.mappings[0]?.sources.map((s) => s.vendor)).toEqual([
      "crowdstrike",
      "microsoft",
    ]);
  });

  it("finds actors by alias, by actor id, by key and by uuid", () => {
    expect(index.lookup("ZINC").map((m) => [m.actor.key, m.matched])).toEqual([
      ["microsoft/diamond-sleet", "alias"],
    ]);
    expect(index.lookup("G0016").map((m) => [m.actor.key, m.matched])).toEqual([
      ["mitre-attack/g0016", "id"],
    ]);
    expect(index.lookup("microsoft/jade-sleet").map((m) => m.matched)).toEqual(["key"]);
    const jade = data.actors.find((a) => a.key === "microsoft/jade-sleet");
    expect(
      index.lookup(jade?.uuid.toUpperCase() ?? "").map((m) => [m.actor.key, m.matched]),
    ).toEqual([["microsoft/jade-sleet", "uuid"]]);
  });

  it("returns every actor a name covers when several vendors use it, each with how it matched", () => {
    expect(index.lookup("NOBELIUM").map((m) => [m.actor.key, m.matched])).toEqual([
      ["microsoft/midnight-blizzard", "alias"],
      ["mitre-attack/g0016", "alias"],
    ]);
    expect(index.lookup("Midnight Blizzard").map((m) => [m.actor.key, m.matched])).toEqual([
      ["microsoft/midnight-blizzard", "name"],
      ["mitre-attack/g0016", "alias"],
    ]);
  });

  it("lists every member for a cluster uuid, also one that was merged away (redirect)", () => {
    const cozy = clusterUuid("Midnight Blizzard");
    const redirected = data.redirects[0]?.from ?? "";
    for (const query of [cozy, redirected]) {
      expect(index.lookup(query).map((m) => [m.actor.key, m.matched])).toEqual([
        ["crowdstrike/cozy-bear", "cluster"],
        ["microsoft/midnight-blizzard", "cluster"],
        ["mitre-attack/g0016", "cluster"],
      ]);
    }
    expect(index.cluster(redirected)?.uuid).toBe(cozy);
    expect(index.cluster(cozy)?.redirects).toEqual([redirected]);
  });

  it("gives partial relations from each side, with the mappings behind them", () => {
    const [labyrinth] = index.lookup("labyrinth chollima");
    expect(
      labyrinth?.cluster.relations.map((r) => [r.relation, r.label, r.mappings.length]),
    ).toEqual([
      ["includes", "Diamond Sleet", 1],
      ["includes", "Jade Sleet", 1],
    ]);
    const [jade] = index.lookup("Jade Sleet");
    expect(jade?.cluster.relations).toEqual([
      {
        relation: "part-of",
        cluster: clusterUuid("LABYRINTH CHOLLIMA"),
        label: "LABYRINTH CHOLLIMA",
        mappings: [
          expect.objectContaining({ from: "crowdstrike/labyrinth-chollima", status: "one-sided" }),
        ],
      },
    ]);
  });

  it("finds nothing for an unknown or empty name, and suggests the nearest known names", () => {
    expect(index.lookup("Fancy Bear")).toEqual([]);
    expect(index.lookup("  --  ")).toEqual([]);
    expect(index.nearest("cozy bare")).toEqual(["COZY BEAR"]);
    expect(index.nearest("Midnite Blizard")[0]).toBe("Midnight Blizzard");
    expect(index.nearest("Secret Blizard")).toEqual(["Secret Blizzard"]);
    expect(index.nearest("completely unrelated")).toEqual([]);
  });

  it("sorts clusters by label for display", () => {
    expect(index.clusters.map((c) => c.label)).toEqual([
      "Diamond Sleet",
      "Jade Sleet",
      "LABYRINTH CHOLLIMA",
      "Midnight Blizzard",
      "Secret Blizzard",
    ]);
  });
});
