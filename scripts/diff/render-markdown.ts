import { compareText } from "../core/diagnostic.js";
import type { Counts, FieldValue, MappingSource } from "../generated/changes-file.js";
import type { Changes } from "./diff-exports.js";
import { code, escapeMarkdown, wordDiff } from "./markdown-text.js";

const countLabels: Record<keyof Counts, string> = {
  vendors_added: "Vendors added",
  vendors_removed: "Vendors removed",
  vendors_edited: "Vendor fields edited",
  actors_added: "Actors added",
  actors_removed: "Actors removed",
  actors_renamed: "Actors renamed",
  actors_aliases: "Actors with alias changes",
  actors_status: "Actors with status changes",
  actors_edited: "Actor fields edited",
  mappings_added: "Mappings added",
  mappings_removed: "Mappings removed",
  mappings_changed: "Mappings changed",
  mappings_sources: "Mappings with source changes",
  clusters_created: "Clusters created",
  clusters_removed: "Clusters removed",
  clusters_merged: "Clusters merged",
  clusters_split: "Clusters split",
  clusters_relabelled: "Clusters relabelled",
  clusters_relations_added: "Cluster relations added",
  clusters_relations_removed: "Cluster relations removed",
  redirects_added: "Redirects added",
  redirects_removed: "Redirects removed",
  redirects_changed: "Redirects changed",
};

const bumpMeaning = {
  major: "a consumer may break: ids disappeared or `same` mappings were removed",
  minor: "additions and compatible changes; every id keeps its meaning",
  patch: "text corrections only",
  none: "no change",
};

const vendorOf = (key: string) => key.slice(0, key.indexOf("/"));
const name = (text: string) => `**${escapeMarkdown(text)}**`;

function value(v: FieldValue): string {
  if (v === null) return "_(none)_";
  return Array.isArray(v) ? v.map(code).join(", ") || "_(none)_" : code(v);
}

function source(s: MappingSource): string {
  return `${escapeMarkdown(s.url)} (${s.vendor}${s.since ? `, ${s.since}` : ""})`;
}

/** Lines grouped under headings; headings with no lines are left out. */
class Sections {
  private readonly groups = new Map<string, string[]>();
  add(heading: string, line: string): void {
    const lines = this.groups.get(heading) ?? [];
    lines.push(line);
    this.groups.set(heading, lines);
  }
  render(order: (a: string, b: string) => number = compareText): string[] {
    return [...this.groups.keys()]
      .sort(order)
      .flatMap((heading) => ["", heading, "", ...(this.groups.get(heading) ?? [])]);
  }
}

function vendorSections(changes: Changes): string[] {
  const s = new Sections();
  const h = (vendor: string) => `### Vendor ${code(vendor)}`;
  for (const v of changes.vendors.added) s.add(h(v.id), `- New vendor: ${name(v.name)}`);
  for (const v of changes.vendors.removed) s.add(h(v.id), `- Vendor removed: ${name(v.name)}`);
  for (const e of changes.vendors.edited) {
    s.add(h(e.vendor), `- Vendor ${e.field}: ${value(e.old)} → ${value(e.new)}`);
  }
  const { actors } = changes;
  for (const a of actors.added) s.add(h(a.vendor), `- Added: ${name(a.name)} ${code(a.key)}`);
  for (const a of actors.removed) s.add(h(a.vendor), `- Removed: ${name(a.name)} ${code(a.key)}`);
  for (const r of actors.renamed) {
    const id = r.old_key === r.key ? "" : ` (id ${code(r.old_key)} → ${code(r.key)})`;
    s.add(h(r.vendor), `- Renamed: ${wordDiff(r.old_name, r.name)} ${code(r.key)}${id}`);
  }
  for (const a of actors.aliases) {
    const parts = [...a.added.map((x) => `+${code(x)}`), ...a.removed.map((x) => `−${code(x)}`)];
    s.add(h(a.vendor), `- Aliases of ${name(a.name)}: ${parts.join(", ")}`);
  }
  for (const st of actors.status) {
    const into = st.merged_into ? ` into ${code(st.merged_into)}` : "";
    s.add(h(st.vendor), `- Status of ${name(st.name)}: ${st.old} → ${st.new}${into}`);
  }
  for (const e of actors.edited) {
    const text =
      typeof e.old === "string" && typeof e.new === "string"
        ? wordDiff(e.old, e.new)
        : `${value(e.old)} → ${value(e.new)}`;
    s.add(h(e.vendor), `- ${e.field} of ${name(e.name)}: ${text}`);
  }
  return s.render();
}

function mappingSections(changes: Changes): string[] {
  const s = new Sections();
  const h = (m: { from: string; to: string }) =>
    `### Mappings ${[vendorOf(m.from), vendorOf(m.to)].sort(compareText).map(code).join(" ↔ ")}`;
  const pair = (m: { from: string; to: string }, relation: string) =>
    `${code(m.from)} ${relation} ${code(m.to)}`;
  const { mappings } = changes;
  for (const m of mappings.added) s.add(h(m), `- Added: ${pair(m, m.relation)} (${m.status})`);
  for (const m of mappings.removed) {
    s.add(h(m), `- Removed: ${pair(m, m.relation)} (${m.status})`);
  }
  for (const m of mappings.changed) {
    s.add(
      h(m),
      `- Changed: ${pair(m, m.relation)}: ${m.old_relation} (${m.old_status}) → ${m.relation} (${m.status})`,
    );
  }
  for (const m of mappings.sources) {
    const parts = [
      ...m.added.map((x) => `+${source(x)}`),
      ...m.removed.map((x) => `−${source(x)}`),
    ];
    s.add(h(m), `- Sources of ${pair(m, "↔")}: ${parts.join(", ")}`);
  }
  return s.render();
}

function clusterLines(changes: Changes): string[] {
  const { clusters, redirects } = changes;
  const lines = [
    ...clusters.created.map(
      (c) => `- Created: ${name(c.label)} (${c.members.map(code).join(", ")})`,
    ),
    ...clusters.removed.map((c) => `- Removed without redirect: ${name(c.label)} ${code(c.uuid)}`),
    ...clusters.merged.map(
      (m) =>
        `- Merged: ${name(m.from_label)} into ${name(m.into_label)} (${code(m.from)} → ${code(m.into)})`,
    ),
    ...clusters.split.map(
      (x) =>
        `- Split: ${name(x.label)}: ${x.moved.map((m) => `${code(m.member)} → ${name(m.cluster_label)}`).join(", ")}`,
    ),
    ...clusters.relabelled.map(
      (r) => `- Relabelled: ${wordDiff(r.old_label, r.label)} ${code(r.uuid)}`,
    ),
    ...clusters.relations_added.map(
      (r) => `- Relation added: ${name(r.cluster_label)} ${r.relation} ${name(r.other_label)}`,
    ),
    ...clusters.relations_removed.map(
      (r) => `- Relation removed: ${name(r.cluster_label)} ${r.relation} ${name(r.other_label)}`,
    ),
    ...redirects.added.map((r) => `- Redirect added: ${code(r.from)} → ${code(r.to)}`),
    ...redirects.removed.map((r) => `- Redirect removed: ${code(r.from)} → ${code(r.to)}`),
    ...redirects.changed.map(
      (r) => `- Redirect changed: ${code(r.from)} → ${code(r.to)} (was ${code(r.old_to)})`,
    ),
  ];
  return lines.length === 0 ? [] : ["", "### Clusters and redirects", "", ...lines];
}

/** The release notes and pull-request summary: bump and counts first, then changes by vendor. */
export function renderChangesMarkdown(changes: Changes): string {
  const title = `## Dataset changes ${changes.from.version} → ${changes.to.version}`;
  if (changes.bump === "none") return `${title}\n\nNo changes.\n`;
  const rows = (Object.keys(countLabels) as (keyof Counts)[])
    .filter((key) => changes.counts[key] > 0)
    .map((key) => `| ${countLabels[key]} | ${changes.counts[key]} |`);
  const lines = [
    title,
    "",
    `**Version bump: ${changes.bump}** (${bumpMeaning[changes.bump]})`,
    "",
    "| Change | Count |",
    "| --- | ---: |",
    ...rows,
    "",
    "Why:",
    "",
    ...changes.reasons.map((r) => `- ${r.bump}: ${escapeMarkdown(r.message)}`),
    ...vendorSections(changes),
    ...mappingSections(changes),
    ...clusterLines(changes),
  ];
  return `${lines.join("\n")}\n`;
}
