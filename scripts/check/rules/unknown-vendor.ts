import { vendorOf } from "../../model/build-model.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";
import { didYouMean, nearest } from "../suggest.js";

export const unknownVendor: Rule = {
  code: "unknown-vendor",
  severity: "error",
  description: "a mapping names a vendor that has no file",
  stage: "model",
  *check({ model }) {
    for (const claim of model.claims) {
      if (model.vendors.has(claim.vendor) || model.unreadable.has(claim.vendor)) continue;
      const own = vendorOf(claim.from);
      const known = [...model.vendors.keys(), ...model.unreadable]
        .filter((id) => id !== own)
        .map((id) => [id]);
      yield report(
        unknownVendor,
        claim.file,
        [...claim.path, "vendor"],
        `vendor "${claim.vendor}" has no file ${claim.vendor}.yaml: ` +
          `${didYouMean(nearest(claim.vendor, known))}use the id of a vendor with a file, or add its file first`,
      );
    }
  },
};
