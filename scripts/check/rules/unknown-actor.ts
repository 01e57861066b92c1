import { namesOf, vendorOf } from "../../model/build-model.js";
import type { Model } from "../../model/types.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";
import { didYouMean, nearest } from "../suggest.js";

/** Per actor of `vendor`, the names it answers to. */
function namesOfVendor(model: Model, vendor: string): string[][] {
  const names: string[][] = [];
  for (const actor of model.actors.values())
    if (actor.vendor === vendor) names.push(namesOf(actor));
  return names;
}

export const unknownActor: Rule = {
  code: "unknown-actor",
  severity: "error",
  description: "a mapping target matches no actor of that vendor (suggests the nearest names)",
  stage: "model",
  *check({ model }) {
    const namesByVendor = new Map<string, string[][]>();
    for (const claim of model.claims) {
      // Unknown and unreadable vendors and self-mappings are other rules' business.
      if (claim.to !== undefined || !model.vendors.has(claim.vendor)) continue;
      if (claim.vendor === vendorOf(claim.from)) continue;
      let names = namesByVendor.get(claim.vendor);
      if (!names) {
        names = namesOfVendor(model, claim.vendor);
        namesByVendor.set(claim.vendor, names);
      }
      const file = model.vendors.get(claim.vendor)?.file ?? claim.vendor;
      yield report(
        unknownActor,
        claim.file,
        [...claim.path, "actor"],
        `"${claim.actor}" is no id, name or alias in ${file}: ` +
          `${didYouMean(nearest(claim.actor, names))}use one of its names, or add the actor there first`,
      );
    }
  },
};
