import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../cli/command.js";
import { displayPath } from "../load/load-data.js";

/** A GitHub user (`@octocat`) or team (`@my-org/threat-intel`). */
const handlePattern = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

/**
 * The project's owners from package.json's `"actormap": {"owners": ["@a", "@org/team"]}`: they own
 * everything that is not a vendor file. Missing field: no owners. A malformed field is an error,
 * because silently dropping an owner would hand the repository to nobody.
 */
export function projectOwnersFromPackageJson(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error("package.json is not valid JSON");
  }
  const owners = (parsed as { actormap?: { owners?: unknown } } | null)?.actormap?.owners;
  if (owners === undefined) return [];
  if (
    !Array.isArray(owners) ||
    !owners.every((o) => typeof o === "string" && handlePattern.test(o))
  )
    throw new Error(
      'package.json "actormap.owners" must be a list of GitHub handles like "@octocat" or "@org/team"',
    );
  return owners as string[];
}

/** The owners in `root/package.json`; none when there is no package.json there. */
export function projectOwnersIn(root: string): string[] {
  const path = join(root, "package.json");
  if (!existsSync(path)) return [];
  try {
    return projectOwnersFromPackageJson(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UserError(`${displayPath(path)}: ${(error as Error).message}`);
  }
}

export function isTeam(handle: string): boolean {
  return handle.includes("/");
}

/** GitHub logins are case-insensitive; handles carry a leading `@`. */
export function sameLogin(handle: string, login: string): boolean {
  return handle.replace(/^@/, "").toLowerCase() === login.replace(/^@/, "").toLowerCase();
}
