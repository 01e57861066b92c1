import { statSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, UsageError } from "../command.js";
import { formatNames, formats, isFormatName } from "../format/index.js";
import { checkedFileCount } from "../format/report.js";

export const validate: Command = {
  name: "validate",
  summary: "Check the vendor files and the cluster registry; report every problem by file:line",
  details: [
    "Reads every data/vendors/*.yaml and data/clusters.yaml, builds the merged map and runs every",
    "rule (`actormap rules` lists them). Exit code: 0 without errors (warnings allowed), 1 with",
    "errors, 2 when the command itself is called wrongly.",
  ].join("\n"),
  options: {
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
    format: {
      type: "string",
      value: "FORMAT",
      description: "text (default), json (one JSON object on stdout) or github (annotations)",
    },
  },
  async run({ values }, io) {
    const dir = typeof values.data === "string" ? values.data : "data";
    const format = typeof values.format === "string" ? values.format : "text";
    if (!isFormatName(format)) {
      throw new UsageError(`unknown format "${format}": use ${formatNames.join(", ")}`);
    }
    if (dir === "" || !isDirectory(resolve(io.cwd, dir))) {
      throw new UsageError(`data folder "${dir}" not found (give it with --data DIR)`);
    }
    // Loaded here, not at the top: every command's module is imported at start-up.
    const { checkData } = await import("../../check/check-data.js");
    const { loaded, diagnostics } = checkData(dir);
    await formats[format]({ diagnostics, filesChecked: checkedFileCount(loaded) }, io.stdout);
    return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  },
};

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
