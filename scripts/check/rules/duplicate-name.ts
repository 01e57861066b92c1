import { nameKey } from "../../core/normalize.js";
import type { NodePath } from "../../load/types.js";
import type { ModelActor } from "../../model/types.js";
import { report, where } from "../report.js";
import type { Rule } from "../rule.js";

/** The first of `actor`'s names (name, aliases, id) whose key is `key`, and where it is written. */
function namedNode(actor: ModelActor, key: string): { name: string; path: NodePath; what: string } {
  const { data, path } = actor;
  if (nameKey(data.name) === key) return { name: data.name, path: [...path, "name"], what: "name" };
  const aliases = data.aliases ?? [];
  for (const [index, alias] of aliases.entries()) {
    if (nameKey(alias) === key)
      return { name: alias, path: [...path, "aliases", index], what: "alias" };
  }
  return { name: data.id, path: [...path, "id"], what: "id" };
}

export const duplicateName: Rule = {
  code: "duplicate-name",
  severity: "error",
  description: "two actors of one vendor share a name or alias (normalised)",
  stage: "model",
  *check({ model }) {
    // The model's name index already lists, per key, every actor that answers to it.
    for (const names of model.names.values()) {
      for (const [key, owners] of names) {
        if (owners.length < 2) continue;
        const [firstKey, ...others] = owners;
        const first = model.actors.get(firstKey as string) as ModelActor;
        const taken = namedNode(first, key);
        for (const otherKey of others) {
          const actor = model.actors.get(otherKey) as ModelActor;
          const { name, path, what } = namedNode(actor, key);
          yield report(
            duplicateName,
            actor.file,
            path,
            `${what} "${name}" of ${actor.key} is also "${taken.name}" of ${first.key} ` +
              `(${where(first.file, taken.path)}); names compare without case, spaces and ` +
              "punctuation, so a mapping could not tell the two apart: keep the name on one actor only",
          );
        }
      }
    }
  },
};
