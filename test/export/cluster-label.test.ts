import { describe, expect, it } from "vitest";
import { clusterLabels, labelActor } from "../../scripts/export/cluster-label.js";
import type { ModelActor } from "../../scripts/model/types.js";

function actor(vendor: string, name: string, status: "active" | "retired" | "merged" = "active") {
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return {
    key: `${vendor}/${id}`,
    vendor,
    id,
    data: { id, name, category: "unknown", status },
  } as unknown as ModelActor;
}

describe("cluster labels", () => {
  it("prefer an active actor, then Microsoft, CrowdStrike, Google/Mandiant, Unit 42, ATT&CK, then other vendors by id", () => {
    const names = (actors: ModelActor[]) => labelActor(actors).data.name;
    expect(
      names([
        actor("mitre-attack", "APT29"),
        actor("crowdstrike", "COZY BEAR"),
        actor("microsoft", "Midnight Blizzard"),
      ]),
    ).toBe("Midnight Blizzard");
    expect(names([actor("mitre-attack", "APT29"), actor("crowdstrike", "COZY BEAR")])).toBe(
      "COZY BEAR",
    );
    expect(names([actor("secureworks", "IRON HEMLOCK"), actor("proofpoint", "TA421")])).toBe(
      "TA421",
    );
    expect(names([actor("microsoft", "Old Name", "merged"), actor("unit42", "Cloaked Ursa")])).toBe(
      "Cloaked Ursa",
    );
  });

  it("add the actor key when two clusters would share a label", () => {
    const labels = clusterLabels([
      [actor("microsoft", "Storm-1516")],
      [actor("crowdstrike", "STORM 1516")],
      [actor("microsoft", "Neva Flood")],
    ]);
    expect(labels).toEqual([
      "Storm-1516 (microsoft/storm-1516)",
      "STORM 1516 (crowdstrike/storm-1516)",
      "Neva Flood",
    ]);
  });
});
