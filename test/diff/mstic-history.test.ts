// Replays real history: Microsoft's list before and after the June 2025 joint mapping with
// CrowdStrike, imported with the real `actormap import mstic`, then diffed with `actormap diff`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { packageRoot } from "../../scripts/core/paths.js";
import type { ChangesFile } from "../../scripts/generated/changes-file.js";
import { runCli, tempDir } from "../helpers/cli.js";

const history = join(packageRoot, "..", "shared", "ref", "microsoft-mstic", "history");
const available = existsSync(history);
const jointMapping = "2025-06-02";

async function cli(args: string[], cwd: string, epoch: string): Promise<string> {
  const result = await runCli(args, { cwd, env: { SOURCE_DATE_EPOCH: epoch } });
  expect(result.stderr, args.join(" ")).toBe("");
  expect(result.code, args.join(" ")).toBe(0);
  return result.stdout;
}

/** One version imported as its maintainers would: CrowdStrike's names first, then Microsoft's. */
async function importVersion(root: string, file: string, epoch: string): Promise<void> {
  await cli(["import", "mstic", file, "--vendor", "crowdstrike", "--out", "data"], root, epoch);
  await cli(["import", "mstic", file, "--out", "data"], root, epoch);
  await cli(["fix"], root, epoch);
}

/**
 * The mappings come from the list: before importing the next version they are dropped, so
 * what the list no longer says goes, while actors keep their ids and uuids.
 */
function dropMappings(dataDir: string): void {
  for (const name of readdirSync(join(dataDir, "vendors"))) {
    const path = join(dataDir, "vendors", name);
    const document = parseDocument(readFileSync(path, "utf8"));
    const actors = document.get("actors") as { items: { delete(key: string): void }[] };
    for (const actor of actors.items) actor.delete("mappings");
    writeFileSync(path, document.toString());
  }
}

describe.skipIf(!available)(
  `replaying Microsoft's list history (reads ${history}; skipped when ../shared/ref is absent)`,
  () => {
    it("reports the CrowdStrike mappings of the joint mapping appearing, by uuid", {
      timeout: 240_000,
    }, async () => {
      const files = readdirSync(history).sort();
      const after = files.findIndex((f) => f.startsWith(jointMapping));
      const [before, joint] = [files[after - 1] ?? "", files[after] ?? ""];
      const root = tempDir();
      const older = join(root, "older");
      const newer = join(root, "newer");
      mkdirSync(older);
      await importVersion(older, join(history, before), "1745539200");
      cpSync(older, newer, { recursive: true });
      dropMappings(join(newer, "data"));
      await importVersion(newer, join(history, joint), "1748822400");

      const text = await cli(["diff", "older/data", "newer/data", "--format", "json"], root, "0");
      const changes = JSON.parse(text) as ChangesFile;
      const crossVendor = changes.mappings.added.filter(
        (m) => m.from.startsWith("crowdstrike/") && m.to.startsWith("microsoft/"),
      );
      // 80 Microsoft entries carry a CrowdStrike name in 2025-06-02; about 20 were there before.
      expect(crossVendor.length).toBeGreaterThanOrEqual(50);
      expect(crossVendor).toContainEqual({
        from: "crowdstrike/cozy-bear",
        to: "microsoft/midnight-blizzard",
        relation: "same",
        status: "mutual",
      });
      // One CrowdStrike name over four Microsoft actors: a partial relation, never `same`.
      expect(crossVendor).toContainEqual({
        from: "crowdstrike/labyrinth-chollima",
        to: "microsoft/jade-sleet",
        relation: "includes",
        status: "mutual",
      });
      expect(changes.actors.added.map((a) => a.key)).toContain("crowdstrike/cozy-bear");
      // Microsoft's actors kept their uuids through the re-import: none is removed.
      expect(changes.actors.removed).toEqual([]);
      // Ghost Blizzard went from ENERGETIC BEAR to BERSERK BEAR: a `same` mapping removed.
      expect(changes.mappings.removed).toContainEqual({
        from: "crowdstrike/energetic-bear",
        to: "microsoft/ghost-blizzard",
        relation: "same",
        status: "mutual",
      });
      // EMISSARY PANDA now covers two Microsoft actors: its `same` became `includes`.
      expect(changes.mappings.changed).toContainEqual({
        from: "crowdstrike/emissary-panda",
        to: "microsoft/linen-typhoon",
        old_relation: "same",
        relation: "includes",
        old_status: "mutual",
        status: "mutual",
      });
      expect(changes.bump).toBe("major");
      expect(changes.reasons[0]?.code).toBe("same-mapping-removed");
    });
  },
);
