import { statSync } from "node:fs";
import { resolve } from "node:path";
import { checkData } from "../../check/check-data.js";
import { buildExport } from "../../export/export-json.js";
import type { ExportFile, Mapping } from "../../generated/export-file.js";
import { type ActorMatch, type ClusterView, createIndex } from "../../package/create-index.js";
import { type Command, UsageError, UserError } from "../command.js";
import { plural } from "../format/summary.js";
import { devVersion } from "./build.js";

const relationWords: Record<Mapping["relation"], string> = {
  same: "same as",
  overlaps: "overlaps with",
  includes: "includes",
  "part-of": "is part of",
};

const matchWords: Record<ActorMatch["matched"], string> = {
  name: "is the name of",
  alias: "is an alias of",
  id: "is the id of",
  key: "is the key of",
  uuid: "is the uuid of",
  cluster: "names the cluster of",
};

export const lookup: Command = {
  name: "lookup",
  summary: "Show every vendor's name for an actor, given any vendor's name, alias or id",
  args: "NAME",
  positionals: [1, 1],
  details: [
    "Names compare as the dataset compares them: case, spaces and punctuation are ignored, so",
    '"Cozy Bear", "COZY BEAR" and "cozy-bear" are one name. NAME may also be an actor id',
    "(g0016), an actor key (microsoft/midnight-blizzard) or an actor or cluster uuid. Prints the",
    "actor(s) it names, their cluster with every vendor's names, and the partial relations to",
    "other clusters, each mapping with its sources. Exit 1 with the nearest names when nothing",
    "matches.",
  ].join("\n"),
  options: {
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
    format: { type: "string", value: "FORMAT", description: "text (default) or json" },
  },
  async run({ values, positionals }, io) {
    const query = positionals[0] ?? "";
    const dir = typeof values.data === "string" ? values.data : "data";
    const format = typeof values.format === "string" ? values.format : "text";
    if (format !== "text" && format !== "json") {
      throw new UsageError(`unknown format "${format}": use text or json`);
    }
    if (!statSync(resolve(io.cwd, dir), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`data folder "${dir}" not found (give it with --data DIR)`);
    }
    const index = createIndex(loadExport(dir));
    const matches = index.lookup(query);
    const suggestions = matches.length === 0 ? index.nearest(query) : [];
    if (format === "json") {
      io.stdout(`${JSON.stringify(jsonResult(query, matches, suggestions), null, 2)}\n`);
    } else if (matches.length > 0) {
      io.stdout(textResult(query, matches, index.data));
    }
    if (matches.length > 0) return 0;
    if (format === "json") return 1;
    throw new UserError(
      `no actor is named "${query}"${suggestions.length > 0 ? `; nearest names: ${suggestions.join(", ")}` : ""}`,
    );
  },
};

/** The merged map as `actormap build` would publish it, from the data folder as it is now. */
function loadExport(dir: string): ExportFile {
  const { loaded, model, diagnostics } = checkData(dir);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors > 0) {
    throw new UserError(
      `${dir} has ${plural(errors, "error")}: run \`actormap validate --data ${dir}\` and fix them first`,
    );
  }
  if (!loaded.registry)
    throw new UserError(`${dir}/clusters.yaml is missing: run \`actormap fix\``);
  return buildExport(model, loaded.registry, devVersion);
}

function clustersOf(matches: readonly ActorMatch[]): ClusterView[] {
  const seen = new Map<string, ClusterView>();
  for (const m of matches) seen.set(m.cluster.uuid, m.cluster);
  return [...seen.values()];
}

function jsonResult(query: string, matches: readonly ActorMatch[], suggestions: string[]) {
  return {
    query,
    matches: matches.map((m) => ({
      actor: m.actor.key,
      matched: m.matched,
      cluster: m.cluster.uuid,
    })),
    clusters: clustersOf(matches),
    suggestions,
  };
}

function textResult(query: string, matches: readonly ActorMatch[], data: ExportFile): string {
  const vendorNames = new Map(data.vendors.map((v) => [v.id, v.name]));
  const actorNames = new Map(data.actors.map((a) => [a.key, a.name]));
  const vendorOf = (id: string) => vendorNames.get(id) ?? id;
  const actorOf = (key: string) => {
    const vendor = key.slice(0, key.indexOf("/"));
    return `${actorNames.get(key) ?? key} (${vendorOf(vendor)})`;
  };
  const mappingLines = (m: Mapping, indent: string) => [
    `${indent}${actorOf(m.from)} ${relationWords[m.relation]} ${actorOf(m.to)}, ${m.status}`,
    ...m.sources.map(
      (s) => `${indent}  ${vendorOf(s.vendor)}: ${s.url}${s.since ? ` (since ${s.since})` : ""}`,
    ),
  ];

  const lines = matches.map(
    (m) => `"${query}" ${matchWords[m.matched]} ${actorOf(m.actor.key)}: ${m.actor.key}`,
  );
  for (const cluster of clustersOf(matches)) {
    lines.push("", `${cluster.label} (cluster ${cluster.uuid})`);
    const width = Math.max(...cluster.actors.map((a) => vendorOf(a.vendor).length));
    const nameWidth = Math.max(...cluster.actors.map((a) => a.name.length));
    const keyWidth = Math.max(...cluster.actors.map((a) => a.key.length));
    for (const a of cluster.actors) {
      const facts = [
        a.aliases.length > 0 ? `also ${a.aliases.join(", ")}` : "",
        [a.origin, a.category, a.status === "active" ? "" : a.status].filter(Boolean).join(", "),
      ].filter(Boolean);
      lines.push(
        `  ${vendorOf(a.vendor).padEnd(width)}  ${a.name.padEnd(nameWidth)}  ${a.key.padEnd(keyWidth)}  ${facts.join("; ")}`.trimEnd(),
      );
    }
    if (cluster.mappings.length > 0) {
      lines.push("  Mappings:", ...cluster.mappings.flatMap((m) => mappingLines(m, "    ")));
    }
    if (cluster.relations.length > 0) {
      lines.push("  Related clusters:");
      for (const r of cluster.relations) {
        lines.push(`    ${relationWords[r.relation]} ${r.label} (cluster ${r.cluster})`);
        lines.push(...r.mappings.flatMap((m) => mappingLines(m, "      ")));
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
