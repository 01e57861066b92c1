import { compareText } from "../core/diagnostic.js";
import type { RegistryCluster } from "../load/types.js";
import type { ModelCluster } from "./types.js";

export interface ClusterIdAssignment {
  /** Per model cluster: the previous cluster whose uuid it keeps, if any. */
  inherited: (RegistryCluster | undefined)[];
  /** Previous cluster uuids absorbed by another cluster: from → the surviving uuid. */
  redirects: Map<string, string>;
}

/**
 * Matches the model's clusters to the previous ones by shared members. Each previous cluster
 * passes its uuid to its largest part (a split); a cluster that is the largest part of several
 * previous ones (a merge) keeps the oldest uuid and the others become redirects to it.
 */
export function assignClusterIds(
  clusters: readonly ModelCluster[],
  previous: readonly RegistryCluster[],
): ClusterIdAssignment {
  const previousOf = new Map<string, number>();
  previous.forEach((cluster, index) => {
    for (const member of cluster.members) previousOf.set(member, index);
  });

  // heir[p]: the model cluster that shares most members with previous cluster p. Clusters are
  // ordered by first member, so on a tie the one with the smallest first member wins.
  const heir: { cluster: number; shared: number }[] = [];
  clusters.forEach((cluster, index) => {
    for (const [p, count] of sharedMembers(cluster.members, previousOf)) {
      const best = heir[p];
      if (!best || count > best.shared) heir[p] = { cluster: index, shared: count };
    }
  });

  const claimants: RegistryCluster[][] = clusters.map(() => []);
  heir.forEach((best, p) => {
    if (best) claimants[best.cluster]?.push(previous[p] as RegistryCluster);
  });

  const redirects = new Map<string, string>();
  const taken = new Set<string>();
  const inherited = claimants.map((candidates) => {
    // A registry edited by hand may repeat a uuid: it survives only once.
    const [oldest, ...absorbed] = candidates
      .filter((candidate) => !taken.has(candidate.uuid))
      .sort(byAge);
    if (!oldest) return undefined;
    taken.add(oldest.uuid);
    for (const other of absorbed) redirects.set(other.uuid, oldest.uuid);
    return oldest;
  });
  return { inherited, redirects };
}

/** Previous cluster index → how many of `members` it held. */
function sharedMembers(
  members: readonly string[],
  previousOf: Map<string, number>,
): Map<number, number> {
  const shared = new Map<number, number>();
  for (const member of members) {
    const p = previousOf.get(member);
    if (p !== undefined) shared.set(p, (shared.get(p) ?? 0) + 1);
  }
  return shared;
}

/** Oldest first: by created date, then uuid so that equal dates still give one answer. */
function byAge(x: RegistryCluster, y: RegistryCluster): number {
  return compareText(x.created, y.created) || compareText(x.uuid, y.uuid);
}
