import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UserError } from "../cli/command.js";
import type { ExportFile } from "../generated/export-file.js";
import { commitOf, exportAtCommit } from "./export-at-ref.js";
import { exportFromData } from "./export-from-data.js";
import { readExport } from "./read-export.js";

/**
 * One side of `actormap diff`: an actormap.json file, a build folder holding one, a data
 * folder (built in memory), or a git ref whose data folder is built.
 */
export function loadSide(arg: string, cwd: string, dataDir: string): ExportFile {
  const path = resolve(cwd, arg);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isFile()) return readExport(path, arg);
  if (stat?.isDirectory()) {
    if (existsSync(join(path, "actormap.json"))) {
      return readExport(join(path, "actormap.json"), join(arg, "actormap.json"));
    }
    if (existsSync(join(path, "vendors"))) return exportFromData(path, arg, arg).data;
    throw new UserError(
      `${arg} holds neither actormap.json (a build folder) nor vendors/ (a data folder)`,
    );
  }
  const commit = commitOf(cwd, arg);
  if (commit) return exportAtCommit(cwd, commit, arg, dataDir);
  throw new UserError(
    `"${arg}" is not an actormap.json file, a build or data folder, or a git ref`,
  );
}
