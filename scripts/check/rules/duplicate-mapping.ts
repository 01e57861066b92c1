import { nameKey } from "../../core/normalize.js";
import type { Claim } from "../../model/types.js";
import { claimWhere, report } from "../report.js";
import type { Rule } from "../rule.js";

export const duplicateMapping: Rule = {
  code: "duplicate-mapping",
  severity: "error",
  description: "the same target is mapped twice from one actor",
  stage: "model",
  *check({ model }) {
    // Claims come actor by actor, so one actor's targets are collected while its claims last.
    let from: string | undefined;
    let first = new Map<string, Claim>();
    for (const claim of model.claims) {
      if (claim.from !== from) {
        from = claim.from;
        first = new Map();
      }
      const target = claim.to ?? `${claim.vendor}/?${nameKey(claim.actor)}`;
      const earlier = first.get(target);
      if (!earlier) {
        first.set(target, claim);
        continue;
      }
      yield report(
        duplicateMapping,
        claim.file,
        claim.path,
        `${claim.from} already maps to ${claim.to ?? `${claim.vendor} "${claim.actor}"`} at ` +
          `${claimWhere(earlier)}: keep one mapping, with the relation that holds`,
      );
    }
  },
};
