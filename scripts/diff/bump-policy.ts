// The dataset's semantic-versioning policy (docs/versioning.md): each rule names a kind of
// change, the bump it forces, and the items it applies to. The bump is the largest that applies.
import semver from "semver";
import { compareText } from "../core/diagnostic.js";
import { nameKey } from "../core/normalize.js";
import type { Bump, ChangesFile, Reason } from "../generated/changes-file.js";

type Found = Omit<ChangesFile, "schema_version" | "bump" | "reasons" | "counts">;

interface Rule {
  code: string;
  bump: Reason["bump"];
  /** What the rule applies to, as short labels for the examples. */
  items(changes: Found): string[];
  /** e.g. ["actor removed", "actors removed"] */
  describe: [one: string, many: string];
}

const arrow = (m: { from: string; to: string }) => `${m.from} → ${m.to}`;

/** Per alias change: aliases replaced by one with the same normalised key are corrections. */
function splitAliasChanges(changes: Found) {
  const added: string[] = [];
  const removed: string[] = [];
  const corrected: string[] = [];
  for (const change of changes.actors.aliases) {
    const removedKeys = new Set(change.removed.map(nameKey));
    const addedKeys = new Set(change.added.map(nameKey));
    for (const alias of change.added) {
      (removedKeys.has(nameKey(alias)) ? corrected : added).push(`${change.key}: ${alias}`);
    }
    for (const alias of change.removed) {
      if (!addedKeys.has(nameKey(alias))) removed.push(`${change.key}: ${alias}`);
    }
  }
  return { added, removed, corrected };
}

function schemaPart(changes: Found, part: "major" | "minor" | "patch"): string[] {
  const from = semver.parse(changes.from.schema_version);
  const to = semver.parse(changes.to.schema_version);
  if (!from || !to || semver.diff(from, to) !== part) return [];
  return [`${from.version} → ${to.version}`];
}

const sameRemoved = (changes: Found) => [
  ...changes.mappings.removed.filter((m) => m.relation === "same").map(arrow),
  ...changes.mappings.changed
    .filter((m) => m.old_relation === "same" && m.relation !== "same")
    .map((m) => `${arrow(m)} (now ${m.relation})`),
];

export const bumpRules: Rule[] = [
  {
    code: "schema-major",
    bump: "major",
    describe: ["export schema major version changed", "export schema major version changed"],
    items: (c) => schemaPart(c, "major"),
  },
  {
    code: "vendor-removed",
    bump: "major",
    describe: ["vendor removed", "vendors removed"],
    items: (c) => c.vendors.removed.map((v) => v.id),
  },
  {
    code: "actor-removed",
    bump: "major",
    describe: ["actor removed (uuid gone)", "actors removed (uuid gone)"],
    items: (c) => c.actors.removed.map((a) => a.key),
  },
  {
    code: "cluster-removed",
    bump: "major",
    describe: ["cluster gone without a redirect", "clusters gone without a redirect"],
    items: (c) => c.clusters.removed.map((x) => `${x.label} (${x.uuid})`),
  },
  {
    code: "redirect-removed",
    bump: "major",
    describe: ["cluster redirect dropped", "cluster redirects dropped"],
    items: (c) => c.redirects.removed.map((r) => r.from),
  },
  {
    code: "same-mapping-removed",
    bump: "major",
    describe: ["same mapping removed", "same mappings removed"],
    items: sameRemoved,
  },
  {
    code: "vendor-identity-changed",
    bump: "major",
    describe: ["vendor identity uuid changed", "vendor identity uuids changed"],
    items: (c) => c.vendors.edited.filter((e) => e.field === "identity").map((e) => e.vendor),
  },
  {
    code: "schema-minor",
    bump: "minor",
    describe: ["export schema minor version changed", "export schema minor version changed"],
    items: (c) => schemaPart(c, "minor"),
  },
  {
    code: "vendor-added",
    bump: "minor",
    describe: ["vendor added", "vendors added"],
    items: (c) => c.vendors.added.map((v) => v.id),
  },
  {
    code: "actor-added",
    bump: "minor",
    describe: ["actor added", "actors added"],
    items: (c) => c.actors.added.map((a) => a.key),
  },
  {
    code: "alias-added",
    bump: "minor",
    describe: ["alias added", "aliases added"],
    items: (c) => splitAliasChanges(c).added,
  },
  {
    code: "mapping-added",
    bump: "minor",
    describe: ["mapping added", "mappings added"],
    items: (c) => c.mappings.added.map(arrow),
  },
  {
    code: "mapping-removed",
    bump: "minor",
    describe: [
      "partial mapping removed (overlaps, includes, part-of)",
      "partial mappings removed (overlaps, includes, part-of)",
    ],
    items: (c) => c.mappings.removed.filter((m) => m.relation !== "same").map(arrow),
  },
  {
    code: "mapping-changed",
    bump: "minor",
    describe: [
      "mapping changed relation or mutual/one-sided",
      "mappings changed relation or mutual/one-sided",
    ],
    items: (c) =>
      c.mappings.changed
        .filter((m) => m.old_relation !== "same" || m.relation === "same")
        .map(arrow),
  },
  {
    code: "mapping-source-added",
    bump: "minor",
    describe: ["mapping source added", "mapping sources added"],
    items: (c) => c.mappings.sources.filter((s) => s.added.length > 0).map(arrow),
  },
  {
    code: "status-changed",
    bump: "minor",
    describe: ["actor changed status", "actors changed status"],
    items: (c) => c.actors.status.map((s) => `${s.key} (${s.old} → ${s.new})`),
  },
  {
    code: "cluster-created",
    bump: "minor",
    describe: ["cluster created", "clusters created"],
    items: (c) => c.clusters.created.map((x) => x.label),
  },
  {
    code: "cluster-merged",
    bump: "minor",
    describe: ["cluster merged (redirected)", "clusters merged (redirected)"],
    items: (c) => c.clusters.merged.map((m) => `${m.from_label} → ${m.into_label}`),
  },
  {
    code: "cluster-split",
    bump: "minor",
    describe: ["cluster split", "clusters split"],
    items: (c) => c.clusters.split.map((s) => s.label),
  },
  {
    code: "cluster-relation-added",
    bump: "minor",
    describe: ["cluster relation added", "cluster relations added"],
    items: (c) =>
      c.clusters.relations_added.map((r) => `${r.cluster_label} ${r.relation} ${r.other_label}`),
  },
  {
    code: "cluster-relation-removed",
    bump: "minor",
    describe: ["cluster relation removed", "cluster relations removed"],
    items: (c) =>
      c.clusters.relations_removed.map((r) => `${r.cluster_label} ${r.relation} ${r.other_label}`),
  },
  {
    code: "redirect-added",
    bump: "minor",
    describe: ["cluster redirect added", "cluster redirects added"],
    items: (c) => c.redirects.added.map((r) => r.from),
  },
  {
    code: "redirect-changed",
    bump: "minor",
    describe: ["cluster redirect retargeted", "cluster redirects retargeted"],
    items: (c) => c.redirects.changed.map((r) => r.from),
  },
  {
    code: "schema-patch",
    bump: "patch",
    describe: ["export schema patch version changed", "export schema patch version changed"],
    items: (c) => schemaPart(c, "patch"),
  },
  {
    code: "actor-renamed",
    bump: "patch",
    describe: ["actor renamed", "actors renamed"],
    items: (c) => c.actors.renamed.map((r) => `${r.old_name} → ${r.name}`),
  },
  {
    code: "alias-corrected",
    bump: "patch",
    describe: ["alias corrected", "aliases corrected"],
    items: (c) => splitAliasChanges(c).corrected,
  },
  {
    code: "alias-removed",
    bump: "patch",
    describe: ["alias removed", "aliases removed"],
    items: (c) => splitAliasChanges(c).removed,
  },
  {
    code: "actor-edited",
    bump: "patch",
    describe: ["actor field corrected", "actor fields corrected"],
    items: (c) => c.actors.edited.map((e) => `${e.key} ${e.field}`),
  },
  {
    code: "vendor-edited",
    bump: "patch",
    describe: ["vendor field corrected", "vendor fields corrected"],
    items: (c) =>
      c.vendors.edited.filter((e) => e.field !== "identity").map((e) => `${e.vendor} ${e.field}`),
  },
  {
    code: "cluster-relabelled",
    bump: "patch",
    describe: ["cluster relabelled", "clusters relabelled"],
    items: (c) => c.clusters.relabelled.map((r) => `${r.old_label} → ${r.label}`),
  },
  {
    code: "mapping-source-removed",
    bump: "patch",
    describe: ["mapping source corrected or removed", "mapping sources corrected or removed"],
    items: (c) => c.mappings.sources.filter((s) => s.added.length === 0).map(arrow),
  },
];

const rank: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const examples = 3;

/** The bump the policy implies and one reason per rule that applies, major first. */
export function assessBump(changes: Found): { bump: Bump; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let bump: Bump = "none";
  for (const rule of bumpRules) {
    const items = rule.items(changes);
    if (items.length === 0) continue;
    const shown = items.slice(0, examples).join(", ");
    const more = items.length > examples ? `, … (${items.length - examples} more)` : "";
    reasons.push({
      bump: rule.bump,
      code: rule.code,
      count: items.length,
      message: `${items.length} ${rule.describe[items.length === 1 ? 0 : 1]}: ${shown}${more}`,
    });
    if (rank[rule.bump] > rank[bump]) bump = rule.bump;
  }
  reasons.sort((a, b) => rank[b.bump] - rank[a.bump] || compareText(a.code, b.code));
  return { bump, reasons };
}
