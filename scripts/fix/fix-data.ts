// `actormap fix`: canonical form, missing uuids, the cluster registry and CODEOWNERS.
import { dirname, join } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";
import { codeownersPath, renderCodeowners } from "../github/codeowners.js";
import { projectOwnersIn } from "../github/project-owners.js";
import { displayPath, loadData } from "../load/load-data.js";
import type { LoadedData, RegistryFile } from "../load/types.js";
import { buildModel } from "../model/build-model.js";
import { updateRegistry } from "../model/registry.js";
import { assignMissingUuids } from "./assign-uuids.js";
import { serializeRegistry, serializeVendorFile } from "./serialize.js";
import { writeIfChanged } from "./write-atomic.js";

export interface FixReport {
  /** Files whose bytes changed, as shown in diagnostics. */
  rewritten: string[];
  uuidsAssigned: number;
  /** Files left untouched because they do not parse or break the schema, with the first problem. */
  skipped: { file: string; problem: Diagnostic }[];
  /** Why the registry and CODEOWNERS were not updated, when they were not. */
  registrySkipped: string | undefined;
  clustersCreated: number;
  clustersUpdated: number;
}

/**
 * Fixes the data folder `dir` in place. The registry and CODEOWNERS are derived from every vendor
 * file, so they are left alone while any vendor file cannot be read: a missing file would look
 * like deleted actors and retire their cluster ids.
 */
export function fixData(dir: string, now: string): FixReport {
  const loaded = loadData(dir);
  const report: FixReport = {
    rewritten: [],
    uuidsAssigned: 0,
    skipped: skippedFiles(loaded),
    registrySkipped: undefined,
    clustersCreated: 0,
    clustersUpdated: 0,
  };
  const notCanonical = new Set(
    loaded.diagnostics.filter((d) => d.code === "not-canonical").map((d) => d.file),
  );
  for (const source of loaded.files) {
    const assigned = assignMissingUuids(source.data);
    report.uuidsAssigned += assigned;
    // A canonical file without new uuids would be written back byte for byte: skip the work.
    if (assigned === 0 && !notCanonical.has(source.file)) continue;
    const path = join(dir, "vendors", `${source.vendorId}.yaml`);
    if (writeIfChanged(path, serializeVendorFile(source.data, source.comments())))
      report.rewritten.push(source.file);
  }

  report.registrySkipped = registryBlocker(loaded);
  if (report.registrySkipped) return report;
  const previous = loaded.registry;
  const registry = updateRegistry(buildModel(loaded), previous, now);
  countClusterChanges(report, previous, registry);
  const registryPath = join(dir, "clusters.yaml");
  if (writeIfChanged(registryPath, serializeRegistry(registry)))
    report.rewritten.push(displayPath(registryPath));

  const root = dirname(dir);
  const codeowners = renderCodeowners(
    loaded.files.map((f) => ({ id: f.vendorId, maintainers: f.data.vendor.maintainers ?? [] })),
    projectOwnersIn(root),
  );
  const codeownersFile = join(root, codeownersPath);
  if (writeIfChanged(codeownersFile, codeowners))
    report.rewritten.push(displayPath(codeownersFile));
  return report;
}

function skippedFiles(loaded: LoadedData): FixReport["skipped"] {
  const readable = new Set(loaded.files.map((f) => f.file));
  const first = new Map<string, Diagnostic>();
  for (const d of loaded.diagnostics)
    if (d.code !== "not-canonical" && !readable.has(d.file) && !first.has(d.file))
      first.set(d.file, d);
  return [...first].map(([file, problem]) => ({ file, problem }));
}

function registryBlocker(loaded: LoadedData): string | undefined {
  if (loaded.unreadable.length > 0)
    return `not updated while ${loaded.unreadable.map((id) => `${id}.yaml`).join(", ")} cannot be read`;
  if (loaded.registryText !== "" && !loaded.registry)
    return "clusters.yaml cannot be read: fix it (or restore it from git) first";
  return undefined;
}

function countClusterChanges(
  report: FixReport,
  previous: RegistryFile | undefined,
  next: RegistryFile,
): void {
  const before = new Map((previous?.clusters ?? []).map((c) => [c.uuid, c]));
  for (const cluster of next.clusters) {
    const old = before.get(cluster.uuid);
    if (!old) report.clustersCreated++;
    else if (old.modified !== cluster.modified || old.hash !== cluster.hash)
      report.clustersUpdated++;
  }
}
