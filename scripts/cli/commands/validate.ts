import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../../core/diagnostic.js";
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
    "changed-since": {
      type: "string",
      value: "REF",
      description:
        "with --format github: annotate the lines changed since REF first; warnings elsewhere are only counted",
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
    const base = values["changed-since"];
    const onChangedLine =
      typeof base === "string" ? await changedLineTest(base, io.cwd) : undefined;
    const { loaded, diagnostics } = checkData(dir);
    await formats[format](
      { diagnostics, filesChecked: checkedFileCount(loaded), onChangedLine },
      io.stdout,
    );
    return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  },
};

/** Whether a diagnostic sits on a line that HEAD changed since `base` (git diff base...HEAD). */
async function changedLineTest(base: string, cwd: string): Promise<(d: Diagnostic) => boolean> {
  const { changedLines, repositoryRoot, resolveCommit } = await import("../../github/git.js");
  let root: string;
  let lines: Map<string, Set<number>>;
  try {
    root = repositoryRoot(cwd);
    lines = changedLines(root, resolveCommit(root, base));
  } catch (error) {
    throw new UsageError(`--changed-since: ${(error as Error).message}`);
  }
  return (d) =>
    lines.get(relative(root, resolve(cwd, d.file)).split("\\").join("/"))?.has(d.line) ?? false;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
