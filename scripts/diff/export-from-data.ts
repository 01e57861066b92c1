import { checkData } from "../check/check-data.js";
import { UserError } from "../cli/command.js";
import { buildExport } from "../export/export-json.js";
import type { ExportFile } from "../generated/export-file.js";
import type { RegistryFile } from "../load/types.js";

export interface DataExport {
  data: ExportFile;
  registry: RegistryFile;
}

/**
 * The export `actormap build` would write for a data folder, in memory. Data with errors is
 * refused, as build refuses it: one line naming the first error and how many there are.
 */
export function exportFromData(
  dir: string,
  version: string,
  shown: string = dir,
  hint = `run \`actormap validate --data ${shown}\``,
): DataExport {
  const { loaded, model, diagnostics } = checkData(dir);
  const errors = diagnostics.filter((d) => d.severity === "error");
  const first = errors[0];
  if (first) {
    throw new UserError(
      `${shown} has ${errors.length} error${errors.length === 1 ? "" : "s"} ` +
        `(first: ${first.file}:${first.line}:${first.column} ${first.code} ${first.message.split("\n")[0]}); ${hint}`,
    );
  }
  if (!loaded.registry) {
    throw new UserError(`${shown} has no clusters.yaml: run \`actormap fix\``);
  }
  return { data: buildExport(model, loaded.registry, version), registry: loaded.registry };
}
