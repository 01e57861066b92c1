import type { Command } from "../command.js";

/**
 * Every CLI command, in the order `actormap --help` lists them. Add a command here, nowhere else.
 * Loaded on demand: a command's module pulls in its whole stage, and start-up time matters for
 * `validate` in CI.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate.js")).validate,
  fix: async () => (await import("./fix.js")).fix,
  rules: async () => (await import("./rules.js")).rules,
  build: async () => (await import("./build.js")).build,
  diff: async () => (await import("./diff.js")).diff,
  release: async () => (await import("./release.js")).release,
  import: async () => (await import("./import.js")).importCommand,
  lookup: async () => (await import("./lookup.js")).lookup,
  "check-ownership": async () => (await import("./check-ownership.js")).checkOwnership,
  "pr-report": async () => (await import("./pr-report.js")).prReport,
  "post-comment": async () => (await import("./post-comment.js")).postComment,
};

/** Every command, loaded: for the overview help and for tests. */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(commandLoaders).map((load) => load()));
}
