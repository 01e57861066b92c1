import { vendorOf } from "../model/build-model.js";
import type { Claim, Model } from "../model/types.js";

/** A says same as B, but B says same as A2 (of A's vendor) and nothing about A. */
export interface Dispute {
  claim: Claim;
  counter: Claim;
}

const cache = new WeakMap<Model, Dispute[]>();

/** Shared by dispute, one-sided and cluster-collision, which stay quiet about what a dispute explains. */
export function findDisputes(model: Model): Dispute[] {
  const known = cache.get(model);
  if (known) return known;
  const byActor = new Map<string, Claim[]>();
  for (const claim of model.claims) {
    const list = byActor.get(claim.from);
    if (list) list.push(claim);
    else byActor.set(claim.from, [claim]);
  }
  const disputes: Dispute[] = [];
  for (const claim of model.claims) {
    const target = claim.to;
    if (claim.relation !== "same" || target === undefined) continue;
    const vendor = vendorOf(claim.from);
    if (vendorOf(target) === vendor) continue;
    const answers = byActor.get(target) ?? [];
    if (answers.some((answer) => answer.to === claim.from)) continue;
    const counter = answers.find(
      (answer) =>
        answer.relation === "same" && answer.to !== undefined && vendorOf(answer.to) === vendor,
    );
    if (counter) disputes.push({ claim, counter });
  }
  cache.set(model, disputes);
  return disputes;
}
