import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { runCli, tempDir } from "../helpers/cli.js";

const listUrl =
  "https://github.com/microsoft/mstic/blob/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json";

const list = JSON.stringify(
  [
    {
      "Threat actor name": "Midnight Blizzard",
      "Origin/Threat": "Russia",
      "Other names": "NOBELIUM, COZY BEAR",
    },
    {
      "Threat actor name": "Antique Typhoon",
      "Origin/Threat": "China",
      "Other names": "Storm-0558",
    },
    { "Threat actor name": "Volt Typhoon", "Origin/Threat": "China", "Other names": "" },
  ],
  null,
  2,
);

const crowdstrike = `vendor:
  id: crowdstrike
  name: CrowdStrike
  url: https://www.crowdstrike.com/
  provenance: curated
actors:
  - id: cozy-bear
    name: COZY BEAR
    category: nation-state
    status: active
  - id: fancy-bear
    name: FANCY BEAR
    category: nation-state
    status: active
`;

// A curated file: a maintainer, a comment, uuids, first_seen, references, an alias and a
// mapping the list does not hold, and an actor the list no longer has.
const microsoft = `# yaml-language-server: $schema=../../schema/vendor.schema.json
vendor:
  id: microsoft
  name: Microsoft Threat Intelligence
  url: https://learn.microsoft.com/en-us/defender-xdr/microsoft-threat-actor-naming
  provenance: curated
  maintainers: ["@msft-ti"]
actors:
  # First seen per Microsoft's 2021 reporting.
  - id: midnight-blizzard
    uuid: 9a0a1c51-7c7e-4b8e-9d6a-0f1f2e3d4c5b
    name: Midnight Blizzard
    aliases: [NOBELIUM, Dark Halo]
    origin: RU
    category: nation-state
    status: active
    first_seen: "2018"
    references: [https://example.org/midnight-blizzard]
    mappings:
      - vendor: crowdstrike
        actor: COZY BEAR
        relation: same
        source: ${listUrl}
        since: "2025-06-02"
      - vendor: crowdstrike
        actor: FANCY BEAR
        relation: overlaps
        source: ${listUrl}
  - id: ruza-flood
    uuid: 5f0c2a8e-3b1d-4c6e-8f7a-9b0c1d2e3f40
    name: Ruza Flood
    origin: RU
    category: influence-operations
    status: active
  - id: storm-0558
    uuid: 1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6
    name: Storm-0558
    origin: CN
    category: nation-state
    status: active
`;

function importInto(out: string) {
  return runCli(["import", "mstic", join(out, "list.json"), "--out", join(out, "data")]);
}

test("merging into a curated file keeps uuids, ids, comments and curated fields, and reports what it would remove", async () => {
  const out = tempDir({
    "list.json": list,
    "data/vendors/microsoft.yaml": microsoft,
    "data/vendors/crowdstrike.yaml": crowdstrike,
  });
  const result = await importInto(out);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const text = readFileSync(join(out, "data", "vendors", "microsoft.yaml"), "utf8");
  const data = parse(text) as VendorFile;
  expect(data.vendor.maintainers).toEqual(["@msft-ti"]);
  expect(text).toContain("# First seen per Microsoft's 2021 reporting.");

  const [midnight, ruza, renamed, volt] = [
    "midnight-blizzard",
    "ruza-flood",
    "storm-0558",
    "volt-typhoon",
  ].map((id) => data.actors.find((a) => a.id === id));
  expect(midnight).toEqual({
    id: "midnight-blizzard",
    uuid: "9a0a1c51-7c7e-4b8e-9d6a-0f1f2e3d4c5b",
    name: "Midnight Blizzard",
    aliases: ["NOBELIUM", "Dark Halo"],
    origin: "RU",
    category: "nation-state",
    status: "active",
    first_seen: "2018",
    references: ["https://example.org/midnight-blizzard"],
    mappings: [
      {
        vendor: "crowdstrike",
        actor: "COZY BEAR",
        relation: "same",
        source: listUrl,
        since: "2025-06-02",
      },
      { vendor: "crowdstrike", actor: "FANCY BEAR", relation: "overlaps", source: listUrl },
    ],
  });
  // Not in the list any more: kept as it was.
  expect(ruza).toMatchObject({ uuid: "5f0c2a8e-3b1d-4c6e-8f7a-9b0c1d2e3f40", status: "active" });
  // Renamed by Microsoft: same id and uuid, the former name kept as an alias.
  expect(renamed).toMatchObject({
    uuid: "1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6",
    name: "Antique Typhoon",
    aliases: ["Storm-0558"],
  });
  expect(volt).toMatchObject({ name: "Volt Typhoon", origin: "CN", status: "active" });
  expect(volt?.uuid).toBeUndefined();

  expect(result.stdout).toContain(
    `${join(out, "data", "vendors", "microsoft.yaml")}: 1 added, 1 updated, 1 unchanged`,
  );
  expect(result.stdout).toContain("  added: volt-typhoon");
  expect(result.stdout).toContain("  updated: storm-0558");
  expect(result.stdout).toContain(
    "kept although the input no longer has them (actors): ruza-flood",
  );
  expect(result.stdout).toContain(
    "kept although the input no longer has them (aliases): midnight-blizzard: Dark Halo",
  );
  expect(result.stdout).toContain(
    "kept although the input no longer has them (mappings): midnight-blizzard → crowdstrike: FANCY BEAR",
  );
  expect(result.stdout).toContain("Run `actormap fix`");
});

test("importing the same list again changes nothing", async () => {
  const out = tempDir({ "list.json": list, "data/vendors/crowdstrike.yaml": crowdstrike });
  expect((await importInto(out)).code).toBe(0);
  const first = readFileSync(join(out, "data", "vendors", "microsoft.yaml"), "utf8");
  const again = await importInto(out);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(
    `${join(out, "data", "vendors", "microsoft.yaml")}: 0 added, 0 updated, 3 unchanged`,
  );
  expect(readFileSync(join(out, "data", "vendors", "microsoft.yaml"), "utf8")).toBe(first);
});

test("a vendor file that does not parse stops the import with its position, and nothing is written", async () => {
  const out = tempDir({ "list.json": list, "data/vendors/microsoft.yaml": "vendor: [unclosed\n" });
  const result = await importInto(out);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/vendors\/microsoft\.yaml:\d+:\d+: /);
  expect(result.stderr).toContain("before importing");
  expect(readFileSync(join(out, "data", "vendors", "microsoft.yaml"), "utf8")).toBe(
    "vendor: [unclosed\n",
  );
});

test("a name the curated file already has as the actor's alias stays an alias, not an unattributed name", async () => {
  const withDarkHalo = JSON.stringify([
    {
      "Threat actor name": "Midnight Blizzard",
      "Origin/Threat": "Russia",
      "Other names": "NOBELIUM, Dark Halo",
    },
  ]);
  const out = tempDir({
    "list.json": withDarkHalo,
    "data/vendors/microsoft.yaml": microsoft,
    "data/vendors/crowdstrike.yaml": crowdstrike,
  });
  const result = await importInto(out);
  expect(result.code).toBe(0);
  expect(result.stdout).not.toContain("Dark Halo");
  const data = parse(
    readFileSync(join(out, "data", "vendors", "microsoft.yaml"), "utf8"),
  ) as VendorFile;
  expect(data.actors.find((a) => a.id === "midnight-blizzard")?.aliases).toEqual([
    "NOBELIUM",
    "Dark Halo",
  ]);
});
