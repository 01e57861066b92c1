import { vendorOf } from "../../model/build-model.js";
import type { Model } from "../../model/types.js";
import { findDisputes } from "../disputes.js";
import { claimWhere, report } from "../report.js";
import type { Rule } from "../rule.js";
import { chainsFrom, type Hop, sameAdjacency } from "../same-chain.js";

function describeHop(hop: Hop): string {
  return `${hop.from} = ${hop.to} (${hop.edge.claims.map(claimWhere).join(", ")})`;
}

/** A dispute already explains a two-hop chain A = B = A2: it is reported once, as the dispute. */
function explainedByDispute(model: Model): (hops: Hop[]) => boolean {
  const explained = new Set<string>();
  for (const { claim, counter } of findDisputes(model)) {
    explained.add(`${claim.from} ${claim.to} ${counter.to}`);
    explained.add(`${counter.to} ${claim.to} ${claim.from}`);
  }
  return (hops) =>
    hops.length === 2 && explained.has(`${hops[0]?.from} ${hops[0]?.to} ${hops[1]?.to}`);
}

export const clusterCollision: Rule = {
  code: "cluster-collision",
  severity: "error",
  description: "`same` claims join two actors of one vendor; the message shows the chain",
  stage: "model",
  *check({ model }) {
    let adjacency: ReturnType<typeof sameAdjacency> | undefined;
    let explained: ReturnType<typeof explainedByDispute> | undefined;
    for (const cluster of model.clusters) {
      if (cluster.members.length < 2) continue;
      const byVendor = new Map<string, string[]>();
      for (const member of cluster.members) {
        const vendor = vendorOf(member);
        const list = byVendor.get(vendor);
        if (list) list.push(member);
        else byVendor.set(vendor, [member]);
      }
      for (const [first, ...others] of byVendor.values()) {
        if (first === undefined || others.length === 0) continue;
        adjacency ??= sameAdjacency(model);
        explained ??= explainedByDispute(model);
        const chainTo = chainsFrom(first, adjacency);
        for (const other of others) {
          const hops = chainTo(other);
          if (explained(hops)) continue;
          const actor = model.actors.get(other);
          if (!actor) continue;
          yield report(
            clusterCollision,
            actor.file,
            [...actor.path, "id"],
            `${other} and ${first} are both in one cluster through same claims: ` +
              `${hops.map(describeHop).join("; ")}. Two actors of one vendor cannot be the same ` +
              "group: change the wrong claim to overlaps, includes or part-of, or remove it",
          );
        }
      }
    }
  },
};
