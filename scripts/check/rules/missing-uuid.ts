import { report } from "../report.js";
import type { Rule } from "../rule.js";

export const missingUuid: Rule = {
  code: "missing-uuid",
  severity: "error",
  description: "an actor has no uuid: run `actormap fix`",
  stage: "model",
  *check({ model }) {
    for (const file of model.vendors.values()) {
      for (const [index, actor] of file.data.actors.entries()) {
        if (actor.uuid !== undefined) continue;
        yield report(
          missingUuid,
          file,
          ["actors", index, "id"],
          `actor ${actor.id} has no uuid: run \`npx actormap fix\` to assign one`,
        );
      }
    }
  },
};
