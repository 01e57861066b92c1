import type { Model } from "../../model/types.js";
import { claimWhere, describeRelation, report } from "../report.js";
import type { Rule } from "../rule.js";
import { chainsFrom, type Hop, sameAdjacency } from "../same-chain.js";

function describeHop(hop: Hop): string {
  return `${hop.from} = ${hop.to} (${hop.edge.claims.map(claimWhere).join(", ")})`;
}

/**
 * An overlaps/includes/part-of claim says two actors are different groups; `same` claims that
 * put both into one cluster say they are one. Exports then list the partial relation's name among
 * the cluster's aliases, which is what makes tools such as OpenCTI merge the wrong groups.
 * A warning, not an error, while the compiled data still holds such chains (docs/disagreements.md):
 * resolving each needs a curator's decision about which `same` claim is too strong.
 */
export const partialInCluster: Rule = {
  code: "partial-in-cluster",
  severity: "warning",
  description:
    "an overlaps, includes or part-of claim links two actors that `same` claims put in one cluster",
  stage: "model",
  *check({ model }: { model: Model }) {
    let adjacency: ReturnType<typeof sameAdjacency> | undefined;
    for (const edge of model.edges) {
      if (edge.relation === "same" || edge.conflict) continue;
      const cluster = model.clusterOf.get(edge.a);
      if (cluster === undefined || cluster !== model.clusterOf.get(edge.b)) continue;
      adjacency ??= sameAdjacency(model);
      const hops = chainsFrom(edge.a, adjacency)(edge.b);
      for (const claim of edge.claims) {
        if (claim.to === undefined) continue;
        yield report(
          partialInCluster,
          claim.file,
          claim.path,
          `this mapping says ${describeRelation(claim.from, claim.relation, claim.to)}, but same ` +
            `claims make them one group: ${hops.map(describeHop).join("; ")}. ` +
            "Change the wrong same claim to overlaps, includes or part-of, or this one to same",
        );
      }
    }
  },
};
