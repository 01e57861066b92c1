import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { diffExports } from "../../scripts/diff/diff-exports.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";

const base = JSON.parse(
  readFileSync(join(packageRoot, "test/fixtures/diff/base.json"), "utf8"),
) as ExportFile;

/** A copy of the base export, edited, as the next release. */
function next(edit: (data: ExportFile) => void): ExportFile {
  const copy = structuredClone(base);
  copy.version = "1.1.0";
  edit(copy);
  return copy;
}

function actor(data: ExportFile, key: string) {
  const found = data.actors.find((a) => a.key === key);
  if (!found) throw new Error(`no actor ${key}`);
  return found;
}

const codes = (data: ExportFile) => diffExports(base, data).reasons.map((r) => r.code);

describe("diffExports", () => {
  it("reports no change when only the dataset version differs", () => {
    const changes = diffExports(
      base,
      next(() => {}),
    );
    expect(changes.bump).toBe("none");
    expect(changes.reasons).toEqual([]);
    expect(Object.values(changes.counts).every((n) => n === 0)).toBe(true);
  });

  it("treats an added actor with a same mapping as a minor change", () => {
    const changes = diffExports(
      base,
      next((d) => {
        d.actors.push({
          ...actor(d, "microsoft/midnight-blizzard"),
          key: "mandiant/apt29",
          uuid: "a1000000-0000-4000-8000-000000000005",
          vendor: "mandiant",
          id: "apt29",
          name: "APT29",
          aliases: [],
        });
        d.mappings.push({
          from: "mandiant/apt29",
          to: "microsoft/midnight-blizzard",
          relation: "same",
          status: "one-sided",
          sources: [{ vendor: "microsoft", url: "https://learn.microsoft.com/mapping" }],
        });
      }),
    );
    expect(changes.bump).toBe("minor");
    expect(changes.actors.added).toEqual([
      {
        uuid: "a1000000-0000-4000-8000-000000000005",
        key: "mandiant/apt29",
        vendor: "mandiant",
        name: "APT29",
      },
    ]);
    expect(changes.mappings.added).toEqual([
      {
        from: "mandiant/apt29",
        to: "microsoft/midnight-blizzard",
        relation: "same",
        status: "one-sided",
      },
    ]);
    expect(changes.reasons.map((r) => r.code)).toEqual(["actor-added", "mapping-added"]);
    expect(changes.reasons[0]?.message).toBe("1 actor added: mandiant/apt29");
  });

  it("sees a new name and id on the same uuid as a rename, keeping its mappings", () => {
    const changes = diffExports(
      base,
      next((d) => {
        const a = actor(d, "crowdstrike/cozy-bear");
        Object.assign(a, {
          key: "crowdstrike/cozy-bear-2",
          id: "cozy-bear-2",
          name: "COZY BEAR 2",
        });
        const m = d.mappings[0];
        if (m) m.from = "crowdstrike/cozy-bear-2";
        const c = d.clusters[0];
        if (c) c.members = ["crowdstrike/cozy-bear-2", "microsoft/midnight-blizzard"];
      }),
    );
    expect(changes.actors.renamed).toEqual([
      {
        uuid: "a1000000-0000-4000-8000-000000000001",
        key: "crowdstrike/cozy-bear-2",
        vendor: "crowdstrike",
        name: "COZY BEAR 2",
        old_key: "crowdstrike/cozy-bear",
        old_name: "COZY BEAR",
      },
    ]);
    expect(changes.actors.added).toEqual([]);
    expect(changes.actors.removed).toEqual([]);
    expect(changes.mappings).toEqual({ added: [], removed: [], changed: [], sources: [] });
    expect(changes.bump).toBe("patch");
  });

  it("makes removing a same mapping a major change and reports the cluster split", () => {
    const changes = diffExports(
      base,
      next((d) => {
        d.mappings = d.mappings.filter((m) => m.relation !== "same");
        actor(d, "crowdstrike/cozy-bear").cluster = "c1000000-0000-4000-8000-000000000009";
        d.clusters[0] = {
          ...(d.clusters[0] as ExportFile["clusters"][0]),
          members: ["microsoft/midnight-blizzard"],
        };
        d.clusters.push({
          uuid: "c1000000-0000-4000-8000-000000000009",
          label: "COZY BEAR",
          members: ["crowdstrike/cozy-bear"],
          relations: [],
          created: "2025-07-01T00:00:00.000Z",
          modified: "2025-07-01T00:00:00.000Z",
        });
      }),
    );
    expect(changes.bump).toBe("major");
    expect(changes.reasons[0]).toMatchObject({
      bump: "major",
      code: "same-mapping-removed",
      count: 1,
    });
    expect(changes.clusters.split).toEqual([
      {
        uuid: "c1000000-0000-4000-8000-000000000001",
        label: "Midnight Blizzard",
        moved: [
          {
            member: "crowdstrike/cozy-bear",
            cluster: "c1000000-0000-4000-8000-000000000009",
            cluster_label: "COZY BEAR",
          },
        ],
      },
    ]);
    expect(changes.clusters.created.map((c) => c.label)).toEqual(["COZY BEAR"]);
  });

  it("makes an actor whose uuid disappears a major change", () => {
    const data = next((d) => {
      d.actors = d.actors.filter((a) => a.key !== "microsoft/jade-sleet");
      d.mappings = d.mappings.filter((m) => m.to !== "microsoft/jade-sleet");
      d.clusters = d.clusters.filter((c) => c.label !== "Jade Sleet");
      for (const c of d.clusters) c.relations = [];
    });
    const changes = diffExports(base, data);
    expect(changes.bump).toBe("major");
    expect(changes.actors.removed.map((a) => a.key)).toEqual(["microsoft/jade-sleet"]);
    expect(codes(data)).toEqual([
      "actor-removed",
      "cluster-removed",
      "cluster-relation-removed",
      "mapping-removed",
    ]);
  });

  it("reports a cluster merged through a new redirect as minor, and one gone without a redirect as major", () => {
    const merged = next((d) => {
      d.mappings.push({
        from: "crowdstrike/labyrinth-chollima",
        to: "microsoft/midnight-blizzard",
        relation: "same",
        status: "one-sided",
        sources: [{ vendor: "crowdstrike", url: "https://example.com/a" }],
      });
      d.mappings = d.mappings.filter((m) => m.relation !== "includes");
      actor(d, "crowdstrike/labyrinth-chollima").cluster = "c1000000-0000-4000-8000-000000000001";
      d.clusters = d.clusters.filter((c) => c.uuid !== "c1000000-0000-4000-8000-000000000002");
      for (const c of d.clusters) c.relations = [];
      d.redirects = [
        {
          from: "c1000000-0000-4000-8000-000000000002",
          to: "c1000000-0000-4000-8000-000000000001",
        },
      ];
    });
    const changes = diffExports(base, merged);
    expect(changes.clusters.merged).toEqual([
      {
        from: "c1000000-0000-4000-8000-000000000002",
        from_label: "LABYRINTH CHOLLIMA",
        into: "c1000000-0000-4000-8000-000000000001",
        into_label: "Midnight Blizzard",
      },
    ]);
    expect(changes.clusters.removed).toEqual([]);
    expect(changes.redirects.added).toHaveLength(1);
    expect(changes.bump).toBe("minor");

    const withoutRedirect = structuredClone(merged);
    withoutRedirect.redirects = [];
    const broken = diffExports(base, withoutRedirect);
    expect(broken.clusters.removed.map((c) => c.label)).toEqual(["LABYRINTH CHOLLIMA"]);
    expect(broken.bump).toBe("major");
  });

  it("reports status changes with the actor merged into", () => {
    const changes = diffExports(
      base,
      next((d) => {
        Object.assign(actor(d, "microsoft/jade-sleet"), {
          status: "merged",
          merged_into: "microsoft/midnight-blizzard",
        });
      }),
    );
    expect(changes.actors.status).toEqual([
      {
        uuid: "a1000000-0000-4000-8000-000000000003",
        key: "microsoft/jade-sleet",
        vendor: "microsoft",
        name: "Jade Sleet",
        old: "active",
        new: "merged",
        merged_into: "microsoft/midnight-blizzard",
      },
    ]);
    expect(changes.bump).toBe("minor");
  });

  it("reports a mapping that became mutual or changed relation, read in the written direction", () => {
    const changes = diffExports(
      base,
      next((d) => {
        const [same, partial] = d.mappings;
        if (!same || !partial) throw new Error("fixture");
        same.status = "mutual";
        same.sources.push({ vendor: "crowdstrike", url: "https://example.com/cs" });
        partial.relation = "overlaps";
      }),
    );
    expect(changes.mappings.changed).toEqual([
      {
        from: "crowdstrike/cozy-bear",
        to: "microsoft/midnight-blizzard",
        old_relation: "same",
        relation: "same",
        old_status: "one-sided",
        status: "mutual",
      },
      {
        from: "crowdstrike/labyrinth-chollima",
        to: "microsoft/jade-sleet",
        old_relation: "includes",
        relation: "overlaps",
        old_status: "one-sided",
        status: "one-sided",
      },
    ]);
    expect(changes.bump).toBe("minor");
  });

  it("treats a corrected alias or text field as a patch and a new alias as minor", () => {
    const corrected = next((d) => {
      actor(d, "microsoft/midnight-blizzard").aliases = ["Nobelium"];
      actor(d, "microsoft/jade-sleet").origin = "CN";
    });
    expect(diffExports(base, corrected).bump).toBe("patch");
    expect(codes(corrected)).toEqual(["actor-edited", "alias-corrected"]);

    const added = next((d) => {
      actor(d, "microsoft/midnight-blizzard").aliases.push("Dark Halo");
    });
    expect(diffExports(base, added).actors.aliases).toMatchObject([
      { key: "microsoft/midnight-blizzard", added: ["Dark Halo"], removed: [] },
    ]);
    expect(diffExports(base, added).bump).toBe("minor");
  });

  it("does not count a reordering of aliases or references as a change", () => {
    const reordered = next((d) => {
      const a = actor(d, "microsoft/midnight-blizzard");
      a.aliases = ["NOBELIUM"];
      a.references = [...a.references].reverse();
    });
    expect(diffExports(base, reordered).bump).toBe("none");
  });

  it("makes a new major version of the export schema a major change", () => {
    const data = next((d) => {
      (d as { schema_version: string }).schema_version = "2.0.0";
    });
    expect(diffExports(base, data).reasons).toEqual([
      {
        bump: "major",
        code: "schema-major",
        count: 1,
        message: "1 export schema major version changed: 1.0.0 → 2.0.0",
      },
    ]);
  });
});
