import type { NodePath, SourceFile } from "../../load/types.js";
import { report, where } from "../report.js";
import type { Rule } from "../rule.js";

export const duplicateUuid: Rule = {
  code: "duplicate-uuid",
  severity: "error",
  description: "a uuid appears twice anywhere in the dataset",
  stage: "model",
  *check({ model }) {
    const first = new Map<string, { file: SourceFile; path: NodePath }>();
    for (const file of model.vendors.values()) {
      for (const [index, actor] of file.data.actors.entries()) {
        if (actor.uuid === undefined) continue;
        const path = ["actors", index, "uuid"];
        const earlier = first.get(actor.uuid);
        if (!earlier) {
          first.set(actor.uuid, { file, path });
          continue;
        }
        yield report(
          duplicateUuid,
          file,
          path,
          `uuid ${actor.uuid} is already used at ${where(earlier.file, earlier.path)}: ` +
            "remove this uuid line and run `npx actormap fix` to assign a new one",
        );
      }
    }
  },
};
