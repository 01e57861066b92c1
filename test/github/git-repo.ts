import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { tempDir, writeFiles } from "../helpers/cli.js";

const identity = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    env: { ...process.env, ...identity },
    encoding: "utf8",
  });
}

/**
 * A temporary repository with `base` committed on `main`, then a `pr` branch (checked out) with
 * `head` applied: a path mapped to null is deleted. Returns the repository's folder.
 */
export async function pullRequestRepo(
  base: Record<string, string>,
  head: Record<string, string | null>,
  /** Runs before each commit, e.g. `actormap fix`. */
  beforeCommit: (dir: string) => Promise<void> = async () => {},
): Promise<string> {
  const dir = tempDir(base);
  git(dir, "init", "--quiet", "--initial-branch=main");
  await beforeCommit(dir);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", "base");
  git(dir, "checkout", "--quiet", "-b", "pr");
  for (const [path, content] of Object.entries(head)) {
    if (content === null) rmSync(join(dir, path));
    else writeFiles(dir, { [path]: content });
  }
  await beforeCommit(dir);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--allow-empty", "--message", "head");
  return dir;
}
