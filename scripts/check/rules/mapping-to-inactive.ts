import { actorKey } from "../../model/build-model.js";
import type { ModelActor } from "../../model/types.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";

/** Follows merged_into to the actor that finally absorbed `actor`; undefined when the chain breaks. */
function successor(actors: Map<string, ModelActor>, actor: ModelActor): ModelActor | undefined {
  const seen = new Set<string>([actor.key]);
  let current: ModelActor | undefined = actor;
  while (current?.data.merged_into !== undefined) {
    current = actors.get(actorKey(current.vendor, current.data.merged_into));
    if (!current || seen.has(current.key)) return undefined;
    seen.add(current.key);
  }
  return current;
}

export const mappingToInactive: Rule = {
  code: "mapping-to-inactive",
  severity: "warning",
  description: "the target is retired or merged (suggests its successor)",
  stage: "model",
  *check({ model }) {
    for (const claim of model.claims) {
      // A claim into its own vendor is self-mapping's alone.
      if (claim.to === undefined || claim.vendor === claim.file.vendorId) continue;
      const target = model.actors.get(claim.to);
      if (!target || target.data.status === "active") continue;
      let advice: string;
      if (target.data.status === "merged") {
        const next = successor(model.actors, target);
        advice = next
          ? `${target.key} was merged into ${next.key}: map to "${next.data.name}" instead`
          : `${target.key} was merged: map to the actor that absorbed it instead`;
      } else {
        advice = `${target.key} is retired: keep this mapping only if it still holds for its past activity`;
      }
      yield report(mappingToInactive, claim.file, [...claim.path, "actor"], advice);
    }
  },
};
