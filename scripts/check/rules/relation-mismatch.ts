import { relationFrom } from "../../model/build-model.js";
import type { Claim, Edge } from "../../model/types.js";
import { claimWhere, describeRelation, report } from "../report.js";
import type { Rule } from "../rule.js";

/** The first two claims from opposite sides of `edge` that disagree; a side contradicting itself is duplicate-mapping's. */
function disagreement(edge: Edge): [Claim, Claim] | undefined {
  for (const first of edge.claims) {
    for (const second of edge.claims) {
      if (second.from === first.from) continue;
      if (relationFrom(edge.a, first) !== relationFrom(edge.a, second)) return [first, second];
    }
  }
  return undefined;
}

export const relationMismatch: Rule = {
  code: "relation-mismatch",
  severity: "error",
  description: "the two sides state incompatible relations (A same B, B overlaps A)",
  stage: "model",
  *check({ model }) {
    for (const edge of model.edges) {
      if (!edge.conflict) continue;
      const pair = disagreement(edge);
      if (!pair) continue;
      const [first, second] = pair;
      const other = first.from;
      yield report(
        relationMismatch,
        second.file,
        second.path,
        `this mapping says ${describeRelation(second.from, second.relation, other)}, but ` +
          `${claimWhere(first)} says ${describeRelation(other, first.relation, second.from)}: ` +
          "make both files state the same relation (includes on one side is part-of on the other)",
      );
    }
  },
};
