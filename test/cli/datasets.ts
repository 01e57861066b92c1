import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { type CliResult, runCli, tempDir } from "../helpers/cli.js";

/** A file from test/fixtures/cli/. */
export function fixture(name: string): string {
  return readFileSync(join(packageRoot, "test", "fixtures", "cli", name), "utf8");
}

/**
 * A temporary project folder whose `data/vendors/` holds the given vendor files (vendor id →
 * fixture file name), after `actormap fix` gave them uuids and canonical form and wrote the
 * cluster registry, as a contributor would. Commands run in it with the default `--data data`.
 */
export async function fixedDataset(vendors: Record<string, string>): Promise<string> {
  const dir = tempDir(
    Object.fromEntries(
      Object.entries(vendors).map(([id, name]) => [`data/vendors/${id}.yaml`, fixture(name)]),
    ),
  );
  await runCli(["fix"], { cwd: dir });
  return dir;
}

/** Microsoft and CrowdStrike mapping two actors both ways: no errors, no warnings. */
export const cleanVendors = { microsoft: "microsoft.yaml", crowdstrike: "crowdstrike.yaml" };

/** The output of a run that failed the way a user should see it: no stack, no internal error. */
export function expectNoCrash(result: CliResult): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toContain("internal error");
}

/** Each `file:line:column severity code message` line of text output. */
export function diagnosticLines(stdout: string): RegExpMatchArray[] {
  return [...stdout.matchAll(/^(\S+):(\d+):(\d+) (error|warning) ([a-z-]+) (.+)$/gm)];
}
