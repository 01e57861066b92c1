import { statSync } from "node:fs";
import { resolve } from "node:path";
import { valid } from "semver";
import { checkData } from "../../check/check-data.js";
import { exportFiles } from "../../export/export-files.js";
import { buildExport } from "../../export/export-json.js";
import { replaceFolder } from "../../export/replace-folder.js";
import type { ExportFile } from "../../generated/export-file.js";
import type { RegistryRelationship } from "../../load/types.js";
import { type Command, type Io, UsageError, UserError } from "../command.js";
import { checkedFileCount } from "../format/report.js";
import { plural } from "../format/summary.js";
import { formatText } from "../format/text.js";

/** The dataset version of a local build; `actormap release` passes the computed one. */
export const devVersion = "0.0.0-dev";

export const build: Command = {
  name: "build",
  summary: "Validate the data, then write the JSON, CSV, STIX 2.1, MISP and site exports",
  details: [
    "Refuses to build (exit 1, nothing written) when `actormap validate` finds errors. Writes into a",
    "temporary folder beside --out and renames it into place, so a failed build leaves the previous",
    "output whole. The same data and version always give byte-identical files (docs/exports.md).",
  ].join("\n"),
  options: {
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
    out: { type: "string", value: "DIR", description: "the output folder (default: dist)" },
    version: {
      type: "string",
      value: "VERSION",
      description: `the dataset's semantic version written into the exports (default: ${devVersion})`,
    },
  },
  async run({ values }, io) {
    const data = typeof values.data === "string" ? values.data : "data";
    const out = typeof values.out === "string" ? values.out : "dist";
    const version = typeof values.version === "string" ? values.version : devVersion;
    if (valid(version) !== version) {
      throw new UsageError(`--version "${version}" is not a semantic version like 1.4.0`);
    }
    if (!statSync(resolve(io.cwd, data), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`data folder "${data}" not found (give it with --data DIR)`);
    }
    const checked = checkedExport(data, version, io);
    if (!checked) {
      io.stderr(`actormap build: nothing written to ${out}: fix the errors above first\n`);
      return 1;
    }
    const count = replaceFolder(
      resolve(io.cwd, out),
      exportFiles(checked.data, checked.relationships),
      out,
    );
    io.stdout(`wrote ${plural(count, "file")} to ${out} (version ${version})\n`);
    return 0;
  },
};

/**
 * Validates `dir` (diagnostics on stderr, as `validate` prints them) and returns its export, or
 * undefined when there are errors. A function of its own so the loaded files and the model can
 * be freed before the files are rendered.
 */
function checkedExport(
  dir: string,
  version: string,
  io: Io,
): { data: ExportFile; relationships: RegistryRelationship[] } | undefined {
  const { loaded, model, diagnostics } = checkData(dir);
  if (diagnostics.length > 0) {
    io.stderr(formatText({ diagnostics, filesChecked: checkedFileCount(loaded) }));
  }
  if (diagnostics.some((d) => d.severity === "error")) return undefined;
  if (!loaded.registry) throw new UserError("data/clusters.yaml is missing: run `actormap fix`");
  return {
    data: buildExport(model, loaded.registry, version),
    relationships: loaded.registry.relationships,
  };
}
