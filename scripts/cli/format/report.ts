import type { Diagnostic } from "../../core/diagnostic.js";
import type { LoadedData } from "../../load/types.js";

/** What a checking command found, ready to be printed in any format. */
export interface Report {
  /** Sorted with compareDiagnostics. */
  diagnostics: Diagnostic[];
  /** How many files were read, for the summary of a clean run. */
  filesChecked: number;
  /** For annotations: whether a diagnostic is on a line the pull request changed. */
  onChangedLine?: (d: Diagnostic) => boolean;
}

/** The files a data folder's check read: every vendor file, readable or not, and the registry. */
export function checkedFileCount(loaded: LoadedData): number {
  const registry = loaded.registry !== undefined || loaded.registryText !== "" ? 1 : 0;
  return loaded.files.length + loaded.unreadable.length + registry;
}
