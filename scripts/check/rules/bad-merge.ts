import type { Actor } from "../../generated/vendor-file.js";
import type { SourceFile } from "../../load/types.js";
import { report } from "../report.js";
import type { Rule } from "../rule.js";
import { didYouMean, nearest } from "../suggest.js";

/** Actors of one file whose merged_into chain returns to themselves, each cycle once (by first member). */
function cycles(actors: readonly Actor[]): number[][] {
  const indexOf = new Map<string, number>();
  actors.forEach((actor, index) => {
    if (!indexOf.has(actor.id)) indexOf.set(actor.id, index);
  });
  const done = new Set<number>();
  const found: number[][] = [];
  actors.forEach((_, start) => {
    const path: number[] = [];
    const onPath = new Set<number>();
    let current: number | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      const next: string | undefined = actors[current]?.merged_into;
      current = next === undefined ? undefined : indexOf.get(next);
    }
    if (current !== undefined && onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      if (cycle.length > 1) found.push(cycle);
    }
    for (const index of path) done.add(index);
  });
  return found;
}

export const badMerge: Rule = {
  code: "bad-merge",
  severity: "error",
  description: "`merged_into` names an unknown actor, itself, or forms a cycle",
  stage: "model",
  *check({ model }) {
    for (const file of model.vendors.values()) yield* checkFile(file);
  },
};

function* checkFile(file: SourceFile) {
  const actors = file.data.actors;
  const ids = new Set(actors.map((actor) => actor.id));
  for (const [index, actor] of actors.entries()) {
    const target = actor.merged_into;
    if (target === undefined) continue;
    const path = ["actors", index, "merged_into"];
    if (target === actor.id) {
      yield report(
        badMerge,
        file,
        path,
        `${actor.id} is merged into itself: name the actor that absorbed it`,
      );
    } else if (!ids.has(target)) {
      yield report(
        badMerge,
        file,
        path,
        `merged_into "${target}" is no actor id in this file: ` +
          `${didYouMean(
            nearest(
              target,
              [...ids].map((id) => [id]),
            ),
          )}name the id of the actor that absorbed ${actor.id}`,
      );
    }
  }
  for (const cycle of cycles(actors)) {
    const first = Math.min(...cycle);
    const chain = [...cycle, cycle[0] as number].map((i) => actors[i]?.id).join(" → ");
    yield report(
      badMerge,
      file,
      ["actors", first, "merged_into"],
      `merged_into goes round in a circle (${chain}): the actor that absorbed the others must not be merged`,
    );
  }
}
