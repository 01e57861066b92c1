import { execFileSync } from "node:child_process";

function git(cwd: string, args: string[]): Buffer {
  return execFileSync("git", args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
}

export function repositoryRoot(cwd: string): string {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  } catch {
    throw new Error(`${cwd} is not inside a git repository`);
  }
}

/** The commit a ref names; a clear error when it is missing (a shallow clone, a typo). */
export function resolveCommit(root: string, ref: string): string {
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])
      .toString("utf8")
      .trim();
  } catch {
    throw new Error(
      `"${ref}" is not a commit in this repository (in CI, check out with fetch-depth: 0)`,
    );
  }
}

/**
 * Files changed on HEAD since it branched from `base` (`git diff base...HEAD`). Renames count
 * as a deletion and an addition so both paths are checked.
 */
export function changedFiles(root: string, base: string): string[] {
  const output = git(root, ["diff", "--name-only", "--no-renames", "-z", `${base}...HEAD`]);
  return output.toString("utf8").split("\0").filter(Boolean);
}

/** A file's bytes as they stand at `ref`; undefined when the file does not exist there. */
export function fileAtRef(root: string, ref: string, path: string): Buffer | undefined {
  try {
    git(root, ["cat-file", "-e", `${ref}:${path}`]);
  } catch {
    return undefined;
  }
  return git(root, ["cat-file", "blob", `${ref}:${path}`]);
}

/**
 * Lines of each file that HEAD adds or changes since it branched from `base`, by repository-
 * relative path: what a pull request's annotations should point at.
 */
export function changedLines(root: string, base: string): Map<string, Set<number>> {
  const output = git(root, ["diff", "--unified=0", "--no-renames", "--no-color", `${base}...HEAD`]);
  const changed = new Map<string, Set<number>>();
  let lines: Set<number> | undefined;
  for (const line of output.toString("utf8").split("\n")) {
    if (line.startsWith("+++ ")) {
      const path = line.slice(4);
      lines = path.startsWith("b/") ? new Set() : undefined;
      if (lines) changed.set(path.slice(2), lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !lines) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let n = start; n < start + count; n++) lines.add(n);
  }
  return changed;
}
