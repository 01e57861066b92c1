import type { Diagnostic, Severity } from "../core/diagnostic.js";
import type { LoadedData } from "../load/types.js";
import type { Model } from "../model/types.js";

export interface CheckContext {
  loaded: LoadedData;
  model: Model;
  /** `.github/CODEOWNERS` beside the data folder, read by checkData; absent outside a GitHub repository. */
  codeowners?: CodeownersState;
}

/** What the CODEOWNERS staleness check compares. */
export interface CodeownersState {
  /** As shown in diagnostics. */
  file: string;
  /** The file's text, "" when it does not exist. */
  text: string;
  /** package.json's `actormap.owners`. */
  projectOwners: string[];
}

/**
 * One check. Rule codes are a public contract: never rename one.
 * `stage: "load"` rules are reported while files are read (yaml-*, schema): the loader builds
 * their diagnostics from the rule object, so the code and severity live here only.
 */
export interface Rule {
  code: string;
  severity: Severity;
  /** One line, shown by `actormap rules` and in the README. */
  description: string;
  stage: "load" | "model";
  check?: (context: CheckContext) => Iterable<Diagnostic>;
}
