import { findDisputes } from "../disputes.js";
import { claimWhere, report } from "../report.js";
import type { Rule } from "../rule.js";

export const dispute: Rule = {
  code: "dispute",
  severity: "error",
  description: "A maps to B as same, but B maps to A2 as same",
  stage: "model",
  *check({ model }) {
    for (const { claim, counter } of findDisputes(model)) {
      yield report(
        dispute,
        claim.file,
        claim.path,
        `${claim.from} says it is the same as ${claim.to} (${claimWhere(claim)}), but ` +
          `${claim.to} says it is the same as ${counter.to} (${claimWhere(counter)}) and nothing ` +
          `about ${claim.from}: agree on which actor it is, or use overlaps, includes or part-of`,
      );
    }
  },
};
