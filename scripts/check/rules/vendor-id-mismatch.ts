import { report } from "../report.js";
import type { Rule } from "../rule.js";

export const vendorIdMismatch: Rule = {
  code: "vendor-id-mismatch",
  severity: "error",
  description: "`vendor.id` differs from the file name",
  stage: "model",
  *check({ model }) {
    for (const file of model.vendors.values()) {
      const id = file.data.vendor.id;
      if (id === file.vendorId) continue;
      yield report(
        vendorIdMismatch,
        file,
        ["vendor", "id"],
        `vendor.id is "${id}" but the file is named ${file.vendorId}.yaml: ` +
          `set id: ${file.vendorId}, or rename the file to ${id}.yaml`,
      );
    }
  },
};
