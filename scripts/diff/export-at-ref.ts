import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { UserError } from "../cli/command.js";
import type { ExportFile } from "../generated/export-file.js";
import { emptyExport } from "./diff-exports.js";
import { exportFromData } from "./export-from-data.js";

function git(cwd: string, args: string[]): Buffer {
  return execFileSync("git", args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1024 * 1024 * 1024,
  });
}

/** The commit `ref` names in the repository around `cwd`; undefined when it names none. */
export function commitOf(cwd: string, ref: string): string | undefined {
  try {
    return git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])
      .toString("utf8")
      .trim();
  } catch {
    return undefined;
  }
}

/**
 * Builds the data folder as it stands at a commit: `git archive` of that folder alone into a
 * temporary folder (the working tree and the repository's state are not touched), then the
 * same in-memory build as `actormap build`. A commit without the folder is an empty dataset.
 */
export function exportAtCommit(
  cwd: string,
  commit: string,
  ref: string,
  dataDir: string,
): ExportFile {
  const root = git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  const path = relative(root, resolve(cwd, dataDir)).split("\\").join("/");
  if (path.startsWith("..") || path === "") {
    throw new UserError(`--data-dir ${dataDir} must be a folder inside the repository`);
  }
  const listed = git(root, ["ls-tree", "--name-only", commit, "--", path]).toString("utf8");
  if (listed.trim() === "") return { ...emptyExport("1.0.0"), version: ref };
  const temp = mkdtempSync(join(tmpdir(), "actormap-diff-"));
  try {
    const archive = git(root, ["archive", "--format=tar", commit, "--", path]);
    execFileSync("tar", ["-x", "-C", temp], { input: archive, stdio: ["pipe", "ignore", "pipe"] });
    return exportFromData(
      join(temp, path),
      ref,
      `${ref}:${path}`,
      `check out ${ref} and run \`actormap validate\``,
    ).data;
  } catch (error) {
    // Diagnostics name files by their path from the working folder: show `ref:path` instead.
    if (!(error instanceof UserError)) throw error;
    const prefixes = [join(temp, path), relative(process.cwd(), join(temp, path))];
    let message = error.message;
    for (const prefix of prefixes) message = message.split(`${prefix}/`).join(`${ref}:${path}/`);
    throw new UserError(message);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
