import { stringify } from "csv-stringify/sync";
import type { ExportFile } from "../generated/export-file.js";

/** What a multi-valued cell joins its values with. */
export const cellSeparator = " | ";

/**
 * RFC 4180: CRLF between records, fields quoted when they hold a quote, a comma or a line break.
 * `escape_formulas` prefixes a `'` to cells starting with = + - @ tab or CR, so a spreadsheet
 * shows them as text instead of running them.
 */
function toCsv(columns: string[], rows: (string | undefined)[][]): string {
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: "windows",
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

function join(values: readonly string[]): string {
  return values.join(cellSeparator);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export const actorColumns = [
  "key",
  "uuid",
  "vendor",
  "id",
  "name",
  "aliases",
  "origin",
  "category",
  "status",
  "merged_into",
  "first_seen",
  "references",
  "cluster",
  "cluster_label",
];

export const mappingColumns = [
  "from",
  "to",
  "relation",
  "status",
  "asserted_by",
  "sources",
  "since",
];

/** clusters.csv: fixed columns around one column per vendor id (the crosswalk). */
export function clusterColumns(data: ExportFile): string[] {
  return ["uuid", "label", ...data.vendors.map((v) => v.id), "relations", "created", "modified"];
}

/** actors.csv, mappings.csv and clusters.csv, one row per actor, mapping and cluster. */
export function renderCsvFiles(data: ExportFile): Map<string, string> {
  const labels = new Map(data.clusters.map((c) => [c.uuid, c.label]));
  const names = new Map(data.actors.map((a) => [a.key, a]));
  const actors = data.actors.map((a) => [
    a.key,
    a.uuid,
    a.vendor,
    a.id,
    a.name,
    join(a.aliases),
    a.origin,
    a.category,
    a.status,
    a.merged_into,
    a.first_seen,
    join(a.references),
    a.cluster,
    labels.get(a.cluster),
  ]);
  const mappings = data.mappings.map((m) => [
    m.from,
    m.to,
    m.relation,
    m.status,
    join(unique(m.sources.map((s) => s.vendor))),
    join(unique(m.sources.map((s) => s.url))),
    join(unique(m.sources.flatMap((s) => (s.since === undefined ? [] : [s.since])))),
  ]);
  const clusters = data.clusters.map((c) => {
    const members = c.members.map((key) => names.get(key));
    return [
      c.uuid,
      c.label,
      ...data.vendors.map((v) =>
        join(members.flatMap((a) => (a?.vendor === v.id ? [a.name] : []))),
      ),
      join(c.relations.map((r) => `${r.relation} ${labels.get(r.cluster) ?? r.cluster}`)),
      c.created,
      c.modified,
    ];
  });
  return new Map([
    ["actors.csv", toCsv(actorColumns, actors)],
    ["mappings.csv", toCsv(mappingColumns, mappings)],
    ["clusters.csv", toCsv(clusterColumns(data), clusters)],
  ]);
}
