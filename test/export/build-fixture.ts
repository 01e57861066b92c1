import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import { type CliResult, runCli, tempDir } from "../helpers/cli.js";

/**
 * The export fixture (test/fixtures/export/data): Microsoft, CrowdStrike and ATT&CK; one `same`
 * cluster of three (Midnight Blizzard, COZY BEAR, G0016), LABYRINTH CHOLLIMA `includes` two
 * Microsoft actors, one-sided FANCY BEAR → Forest Blizzard and G0032 overlaps LABYRINTH
 * CHOLLIMA, and Storm-0017 merged into Forest Blizzard.
 */
export const fixtureData = join(packageRoot, "test", "fixtures", "export", "data");

/** A temporary folder holding a copy of the fixture as `data/`, removed after the test. */
export function fixtureFolder(): string {
  const dir = tempDir();
  cpSync(fixtureData, join(dir, "data"), { recursive: true });
  return dir;
}

function build(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return runCli(["build", "--data", "data", "--out", "dist", ...args], { cwd: dir, env });
}

export interface Build {
  dir: string;
  out: string;
  result: CliResult;
}

/** `actormap build --data data --out dist` in a fresh copy of the fixture. */
export async function buildFixture(
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<Build> {
  const dir = fixtureFolder();
  return { dir, out: join(dir, "dist"), result: await build(dir, args, env) };
}

/**
 * One build of the fixture shared by a test file's tests (they only read it): call at the top
 * of the file, read the build inside the tests.
 */
export function sharedBuild(args: string[] = []): () => Build {
  let shared: Build | undefined;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "actormap-test-"));
    cpSync(fixtureData, join(dir, "data"), { recursive: true });
    shared = { dir, out: join(dir, "dist"), result: await build(dir, args, {}) };
  });
  afterAll(() => {
    if (shared) rmSync(shared.dir, { recursive: true, force: true });
  });
  return () => {
    if (!shared) throw new Error("the shared build has not run");
    return shared;
  };
}

/** Every file under `dir`, by `/`-separated relative path, as bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(
    files.sort().map((path) => [
      path
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
      readFileSync(path),
    ]),
  );
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function readExport(out: string): ExportFile {
  return readJson<ExportFile>(join(out, "actormap.json"));
}
