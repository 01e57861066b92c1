import type {
  ChangesFile,
  ClusterMerge,
  ClusterRef,
  ClusterRelabel,
  ClusterRelationRef,
  ClusterSplit,
} from "../generated/changes-file.js";
import type { Cluster, ExportFile } from "../generated/export-file.js";
import { inverseRelation } from "./compare-mappings.js";
import { sortByText } from "./sort.js";

const ref = (c: Cluster): ClusterRef => ({ uuid: c.uuid, label: c.label, members: [...c.members] });

/** Each partial relation once, read from the cluster with the smaller uuid. */
function relationTriples(data: ExportFile): Map<string, ClusterRelationRef> {
  const labels = new Map(data.clusters.map((c) => [c.uuid, c.label]));
  const triples = new Map<string, ClusterRelationRef>();
  for (const cluster of data.clusters) {
    for (const { relation, cluster: other } of cluster.relations) {
      const [a, b, read] =
        cluster.uuid < other
          ? [cluster.uuid, other, relation]
          : [other, cluster.uuid, inverseRelation(relation) as ClusterRelationRef["relation"]];
      triples.set(`${a} ${read} ${b}`, {
        cluster: a,
        cluster_label: labels.get(a) ?? "",
        relation: read,
        other: b,
        other_label: labels.get(b) ?? "",
      });
    }
  }
  return triples;
}

function triplesMinus(
  a: Map<string, ClusterRelationRef>,
  b: Map<string, ClusterRelationRef>,
): ClusterRelationRef[] {
  return sortByText(
    [...a].filter(([id]) => !b.has(id)).map(([, triple]) => triple),
    (t) => t.cluster,
    (t) => t.other,
    (t) => t.relation,
  );
}

/**
 * Clusters compared by uuid. A uuid that is gone either has a new redirect (merged) or not
 * (removed); a cluster that kept its uuid but lost members to other clusters was split.
 */
export function compareClusters(before: ExportFile, after: ExportFile): ChangesFile["clusters"] {
  const old = new Map(before.clusters.map((c) => [c.uuid, c]));
  const next = new Map(after.clusters.map((c) => [c.uuid, c]));
  const redirects = new Map(after.redirects.map((r) => [r.from, r.to]));
  const oldUuidOfKey = new Map(before.actors.map((a) => [a.key, a.uuid]));
  const newActorByUuid = new Map(after.actors.map((a) => [a.uuid, a]));

  const removed: ClusterRef[] = [];
  const merged: ClusterMerge[] = [];
  for (const cluster of before.clusters) {
    if (next.has(cluster.uuid)) continue;
    const into = redirects.get(cluster.uuid);
    if (into === undefined) removed.push(ref(cluster));
    else {
      merged.push({
        from: cluster.uuid,
        from_label: cluster.label,
        into,
        into_label: next.get(into)?.label ?? "",
      });
    }
  }

  const split: ClusterSplit[] = [];
  const relabelled: ClusterRelabel[] = [];
  for (const cluster of after.clusters) {
    const previous = old.get(cluster.uuid);
    if (!previous) continue;
    if (previous.label !== cluster.label) {
      relabelled.push({ uuid: cluster.uuid, old_label: previous.label, label: cluster.label });
    }
    const moved: ClusterSplit["moved"] = [];
    for (const key of previous.members) {
      const actor = newActorByUuid.get(oldUuidOfKey.get(key) ?? "");
      if (!actor || actor.cluster === cluster.uuid) continue;
      moved.push({
        member: actor.key,
        cluster: actor.cluster,
        cluster_label: next.get(actor.cluster)?.label ?? "",
      });
    }
    if (moved.length > 0) {
      split.push({
        uuid: cluster.uuid,
        label: cluster.label,
        moved: sortByText(moved, (m) => m.member),
      });
    }
  }

  const oldTriples = relationTriples(before);
  const newTriples = relationTriples(after);
  const byUuid = (c: { uuid: string }) => c.uuid;
  return {
    created: sortByText(after.clusters.filter((c) => !old.has(c.uuid)).map(ref), byUuid),
    removed: sortByText(removed, byUuid),
    merged: sortByText(merged, (m) => m.from),
    split: sortByText(split, byUuid),
    relabelled: sortByText(relabelled, byUuid),
    relations_added: triplesMinus(newTriples, oldTriples),
    relations_removed: triplesMinus(oldTriples, newTriples),
  };
}
