import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { onTestFinished } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// By file URL, so the child finds tsx whatever its working directory (tests run in temp folders).
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * Runs the real CLI in a child process. By default through tsx on the TypeScript sources;
 * `compiled: true` runs bin/actormap.js as a user would after `npm ci`.
 */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    input?: string;
    compiled?: boolean;
    /** Run as this user and group (needs root): for permission tests, which root would bypass. */
    uid?: number;
    gid?: number;
    /** Called with the child process, e.g. to kill it mid-run. */
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<CliResult> {
  const entry = options.compiled
    ? [join(packageRoot, "bin", "actormap.js")]
    : ["--import", tsxLoader, join(packageRoot, "scripts", "cli", "entry.ts")];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], {
      cwd: options.cwd ?? packageRoot,
      env: { ...process.env, ACTORMAP_DEBUG: "", NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
      uid: options.uid,
      gid: options.gid,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? "");
    options.onSpawn?.(child);
  });
}

/** A temporary folder removed after the test. `files` maps relative paths to contents. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "actormap-test-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
