import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { packageRoot } from "../../scripts/core/paths.js";
import type { VendorFile } from "../../scripts/generated/vendor-file.js";
import { type CliResult, runCli } from "../helpers/cli.js";

/** The folder of input fixtures for one import format, e.g. `test/fixtures/import/mstic`. */
export function importFixtures(format: string): string {
  return join(packageRoot, "test", "fixtures", "import", format);
}

/**
 * Ready-made vendor files (from `test/fixtures/import/stix/vendors`) keyed by their path in an
 * output folder, to pass to `tempDir` so an import finds the vendors it maps to.
 */
export function vendorFixtures(...vendors: string[]): Record<string, string> {
  const dir = join(importFixtures("stix"), "vendors");
  return Object.fromEntries(
    vendors.map((id) => [`vendors/${id}.yaml`, readFileSync(join(dir, `${id}.yaml`), "utf8")]),
  );
}

/** Runs `actormap import <format> <input> [...options] --out <out>` in a child process. */
export function runImport(
  format: string,
  input: string,
  out: string,
  ...options: string[]
): Promise<CliResult> {
  return runCli(["import", format, input, ...options, "--out", out]);
}

/** The text of `vendors/<vendor>.yaml` in an output folder, as the import wrote it. */
export function readVendorText(out: string, vendor: string): string {
  return readFileSync(join(out, "vendors", `${vendor}.yaml`), "utf8");
}

/** `vendors/<vendor>.yaml` in an output folder, parsed. */
export function readVendor(out: string, vendor: string): VendorFile {
  return parse(readVendorText(out, vendor)) as VendorFile;
}

/** The actor with this id in a vendor file; throws when there is none. */
export function actor(file: VendorFile, id: string) {
  const found = file.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id} in ${file.vendor.id}`);
  return found;
}
