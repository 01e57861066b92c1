import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { renderCsvFiles } from "../../scripts/export/csv.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import { readExport, sharedBuild } from "./build-fixture.js";

type Row = Record<string, string>;

/** csv-parse with its strict defaults: a header row, equal column counts, no loose quotes. */
function readCsv(text: string): Row[] {
  return parse(text, { columns: true, record_delimiter: "\r\n" });
}

const joined = (values: readonly string[]) => values.join(" | ");

describe("CSV exports", () => {
  const fixture = sharedBuild();

  it("read back with csv-parse into exactly the JSON's actors, mappings and clusters", async () => {
    const { out } = fixture();
    const data = readExport(out);
    const csv = (name: string) => readCsv(readFileSync(join(out, name), "utf8"));
    const labels = new Map(data.clusters.map((c) => [c.uuid, c.label]));

    expect(csv("actors.csv")).toEqual(
      data.actors.map((a) => ({
        key: a.key,
        uuid: a.uuid,
        vendor: a.vendor,
        id: a.id,
        name: a.name,
        aliases: joined(a.aliases),
        origin: a.origin ?? "",
        category: a.category,
        status: a.status,
        merged_into: a.merged_into ?? "",
        first_seen: a.first_seen ?? "",
        references: joined(a.references),
        cluster: a.cluster,
        cluster_label: labels.get(a.cluster),
      })),
    );

    expect(csv("mappings.csv")).toEqual(
      data.mappings.map((m) => ({
        from: m.from,
        to: m.to,
        relation: m.relation,
        status: m.status,
        asserted_by: joined([...new Set(m.sources.map((s) => s.vendor))]),
        sources: joined([...new Set(m.sources.map((s) => s.url))]),
        since: joined([...new Set(m.sources.flatMap((s) => s.since ?? []))]),
      })),
    );

    const names = new Map(data.actors.map((a) => [a.key, a]));
    expect(csv("clusters.csv")).toEqual(
      data.clusters.map((c) => ({
        uuid: c.uuid,
        label: c.label,
        ...Object.fromEntries(
          data.vendors.map((v) => [
            v.id,
            joined(
              c.members.flatMap((k) =>
                names.get(k)?.vendor === v.id ? [names.get(k)?.name ?? ""] : [],
              ),
            ),
          ]),
        ),
        relations: joined(c.relations.map((r) => `${r.relation} ${labels.get(r.cluster)}`)),
        created: c.created,
        modified: c.modified,
      })),
    );
  });

  it("is a crosswalk: one clusters.csv column per vendor holding its name in the cluster", async () => {
    const { out } = fixture();
    const rows = readCsv(readFileSync(join(out, "clusters.csv"), "utf8"));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "uuid",
      "label",
      "crowdstrike",
      "microsoft",
      "mitre-attack",
      "relations",
      "created",
      "modified",
    ]);
    expect(rows.find((r) => r.label === "Midnight Blizzard")).toMatchObject({
      crowdstrike: "COZY BEAR",
      microsoft: "Midnight Blizzard",
      "mitre-attack": "APT29",
    });
  });

  it("follows RFC 4180: a header row and CRLF after every record", async () => {
    const { out } = fixture();
    for (const name of ["actors.csv", "mappings.csv", "clusters.csv"]) {
      const text = readFileSync(join(out, name), "utf8");
      expect(text.endsWith("\r\n"), name).toBe(true);
      expect(/[^\r]\n/.test(text), name).toBe(false);
    }
  });

  it("neutralises cells a spreadsheet would run as a formula and round-trips quotes, commas and line breaks", () => {
    const risky = ['=HYPERLINK("x")', "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR"];
    const plain = ['say "hi", then', "two\nlines", "Ünïcödé ı"];
    const data: ExportFile = {
      schema_version: "1.0.0",
      version: "1.0.0",
      vendors: [],
      actors: [...risky, ...plain].map((name, i) => ({
        key: `v/a${i}`,
        uuid: "00000000-0000-4000-8000-000000000000",
        vendor: "v",
        id: `a${i}`,
        name,
        aliases: [],
        category: "unknown",
        status: "active",
        references: [],
        cluster: "00000000-0000-4000-8000-000000000001",
      })),
      mappings: [],
      clusters: [],
      redirects: [],
    };
    const rows = readCsv(renderCsvFiles(data).get("actors.csv") ?? "");
    expect(rows.map((r) => r.name)).toEqual([...risky.map((name) => `'${name}`), ...plain]);
  });
});
