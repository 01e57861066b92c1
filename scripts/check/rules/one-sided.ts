import { reverseRelation } from "../../model/relation.js";
import { findDisputes } from "../disputes.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";

export const oneSided: Rule = {
  code: "one-sided",
  severity: "warning",
  description: "A maps to B, B's file exists but says nothing about A",
  stage: "model",
  *check({ model }) {
    // A dispute is the better account of a one-sided same claim, an unknown-actor error of a
    // misspelt mapping back, and mapping-to-inactive of a claim to a merged actor.
    const disputed = new Set(findDisputes(model).map(({ claim }) => claim));
    const misspeltBack = new Set(
      model.claims.filter((c) => c.to === undefined).map((c) => `${c.from}\n${c.vendor}`),
    );
    for (const edge of model.edges) {
      if (edge.status !== "one-sided") continue;
      for (const claim of edge.claims) {
        const source = model.actors.get(claim.from);
        const target = claim.to === undefined ? undefined : model.actors.get(claim.to);
        if (!source || !target || disputed.has(claim) || target.data.status === "merged") continue;
        if (misspeltBack.has(`${target.key}\n${source.vendor}`)) continue;
        yield report(
          oneSided,
          claim.file,
          claim.path,
          `${target.file.file} has no mapping back from ${target.key}: ask its maintainers to add ` +
            `one (vendor: ${source.vendor}, actor: ${source.data.name}, ` +
            `relation: ${reverseRelation(claim.relation)})`,
        );
      }
    }
  },
};
