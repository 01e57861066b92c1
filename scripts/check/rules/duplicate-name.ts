import { nameKey } from "../../core/normalize.js";
import type { NodePath } from "../../load/types.js";
import type { ModelActor } from "../../model/types.js";
import { report, where } from "../report.js";
import type { Rule } from "../rule.js";

/** Each name an actor answers to, with where it is written. */
function namedNodes(actor: ModelActor): { name: string; path: NodePath; what: string }[] {
  return [
    { name: actor.data.id, path: [...actor.path, "id"], what: "id" },
    { name: actor.data.name, path: [...actor.path, "name"], what: "name" },
    ...(actor.data.aliases ?? []).map((alias, index) => ({
      name: alias,
      path: [...actor.path, "aliases", index],
      what: "alias",
    })),
  ];
}

export const duplicateName: Rule = {
  code: "duplicate-name",
  severity: "error",
  description: "two actors of one vendor share a name or alias (normalised)",
  stage: "model",
  *check({ model }) {
    // Vendor/name key → the first actor that uses it, and where.
    const owners = new Map<string, { actor: ModelActor; path: NodePath; name: string }>();
    for (const actor of model.actors.values()) {
      for (const { name, path, what } of namedNodes(actor)) {
        const key = `${actor.vendor}/${nameKey(name)}`;
        const owner = owners.get(key);
        if (!owner) {
          owners.set(key, { actor, path, name });
          continue;
        }
        if (owner.actor === actor) continue;
        yield report(
          duplicateName,
          actor.file,
          path,
          `${what} "${name}" of ${actor.key} is also "${owner.name}" of ${owner.actor.key} ` +
            `(${where(owner.actor.file, owner.path)}); names compare without case, spaces and ` +
            "punctuation, so a mapping could not tell the two apart: keep the name on one actor only",
        );
      }
    }
  },
};
