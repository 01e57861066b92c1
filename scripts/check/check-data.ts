import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compareDiagnostics, type Diagnostic } from "../core/diagnostic.js";
import { codeownersPath } from "../github/codeowners.js";
import { projectOwnersIn } from "../github/project-owners.js";
import { displayPath, loadData } from "../load/load-data.js";
import type { LoadedData } from "../load/types.js";
import { buildModel } from "../model/build-model.js";
import type { Model } from "../model/types.js";
import type { CodeownersState } from "./rule.js";
import { rules } from "./rules/index.js";

/** Loads the data folder `dir`, builds the merged model and runs every rule: all diagnostics, sorted. */
export function checkData(dir: string): {
  loaded: LoadedData;
  model: Model;
  diagnostics: Diagnostic[];
} {
  const loaded = loadData(dir);
  const model = buildModel(loaded);
  const context = { loaded, model, codeowners: readCodeowners(dirname(dir)) };
  const diagnostics = [...loaded.diagnostics];
  for (const rule of rules) if (rule.check) diagnostics.push(...rule.check(context));
  return { loaded, model, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/**
 * `.github/CODEOWNERS` of the repository that holds the data folder (its parent), when that is a
 * GitHub repository (has a `.github` folder); project owners from its package.json.
 */
function readCodeowners(root: string): CodeownersState | undefined {
  if (!existsSync(join(root, ".github"))) return undefined;
  const path = join(root, codeownersPath);
  return {
    file: displayPath(path),
    text: existsSync(path) ? readFileSync(path, "utf8") : "",
    projectOwners: projectOwnersIn(root),
  };
}
