import { UsageError, UserError } from "../cli/command.js";

/** A string option the command cannot run without; `display` is how --help shows it. */
export function requiredString(value: unknown, display: string): string {
  if (typeof value !== "string" || value === "") throw new UsageError(`${display} is required`);
  return value;
}

/** A full commit SHA as GitHub reports it. */
export function commitSha(value: string, display: string): string {
  const sha = value.toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new UsageError(`${display} must be a 40-character commit SHA, got "${value}"`);
  return sha;
}

/** Runs a step whose failure is the user's to fix (bad input, unknown ref) and reports it in one line. */
export function asUserError<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}
