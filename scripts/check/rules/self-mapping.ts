import { vendorOf } from "../../model/build-model.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";

export const selfMapping: Rule = {
  code: "self-mapping",
  severity: "error",
  description: "a mapping points into its own vendor",
  stage: "model",
  *check({ model }) {
    for (const claim of model.claims) {
      if (claim.vendor !== vendorOf(claim.from)) continue;
      yield report(
        selfMapping,
        claim.file,
        [...claim.path, "vendor"],
        `this mapping points into ${claim.vendor}'s own file: list the vendor's own other names ` +
          "under aliases, and a former actor that joined another with status: merged and merged_into",
      );
    }
  },
};
