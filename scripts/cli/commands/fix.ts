import { fixData } from "../../fix/fix-data.js";
import { type Command, UsageError } from "../command.js";

export const fix: Command = {
  name: "fix",
  summary: "Rewrite the data files in canonical form, assign missing uuids, update the registry",
  details: [
    "For every data/vendors/*.yaml that parses and passes the schema: gives actors without a uuid",
    "a new one and writes the file in canonical form (comments kept). Then updates the cluster",
    "registry data/clusters.yaml and .github/CODEOWNERS (beside the data folder). Files with",
    "errors are left untouched and listed (exit code 1); while any is, the registry and CODEOWNERS",
    "are not updated. Running fix twice changes nothing the second time. Registry dates come from",
    "SOURCE_DATE_EPOCH (seconds) when it is set, else from the clock.",
  ].join("\n"),
  options: {
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
  },
  async run({ values }, io) {
    const dir = typeof values.data === "string" ? values.data : "data";
    const report = fixData(dir, now(io.env.SOURCE_DATE_EPOCH));
    const lines = [
      `rewrote ${count(report.rewritten.length, "file")}${list(report.rewritten)}`,
      `assigned ${count(report.uuidsAssigned, "uuid")}`,
    ];
    if (report.registrySkipped) lines.push(`registry and CODEOWNERS ${report.registrySkipped}`);
    else
      lines.push(`clusters: ${report.clustersCreated} created, ${report.clustersUpdated} updated`);
    for (const { file, problem } of report.skipped)
      lines.push(
        `skipped ${file}: ${problem.line}:${problem.column} ${problem.code} ${problem.message}`,
      );
    io.stdout(`${lines.join("\n")}\n`);
    return report.skipped.length > 0 || report.registrySkipped ? 1 : 0;
  },
};

/** ISO time with milliseconds: SOURCE_DATE_EPOCH (seconds) for reproducible runs, else the clock. */
function now(sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch === undefined || sourceDateEpoch === "") return new Date().toISOString();
  if (!/^\d+$/.test(sourceDateEpoch))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds, got "${sourceDateEpoch}"`);
  return new Date(Number(sourceDateEpoch) * 1000).toISOString();
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function list(files: readonly string[]): string {
  return files.length > 0 ? `: ${files.join(", ")}` : "";
}
