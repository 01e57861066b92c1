import { report, where } from "../report.js";
import type { Rule } from "../rule.js";

export const duplicateActorId: Rule = {
  code: "duplicate-actor-id",
  severity: "error",
  description: "two actors in one file share an id",
  stage: "model",
  *check({ model }) {
    for (const file of model.vendors.values()) {
      const first = new Map<string, number>();
      for (const [index, actor] of file.data.actors.entries()) {
        const earlier = first.get(actor.id);
        if (earlier === undefined) {
          first.set(actor.id, index);
          continue;
        }
        yield report(
          duplicateActorId,
          file,
          ["actors", index, "id"],
          `actor id "${actor.id}" is already used at ${where(file, ["actors", earlier, "id"])}: ` +
            "give this actor its own id, or merge the two entries into one",
        );
      }
    }
  },
};
