import type { ParseArgsConfig } from "node:util";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>[string] & {
  /** One line for --help; the value's name goes in `value`. */
  description: string;
  value?: string;
};

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Where a command writes; tests and the CLI both pass process streams or buffers. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** One line for `actormap --help`. */
  summary: string;
  /** Positional arguments as shown in usage, e.g. "OLD NEW". */
  args?: string;
  /** Longer text for `actormap <command> --help`. */
  details?: string;
  options: Record<string, OptionSpec>;
  /** How many positionals are allowed: [min, max]. */
  positionals?: [number, number];
  /** Exit code: 0 ok, 1 the data or the operation failed, 2 usage. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** A problem with how the command was called: printed as one line, exit 2. */
export class UsageError extends Error {}

/** An expected failure (bad input file, unwritable folder): printed as one line, exit 1. */
export class UserError extends Error {}
