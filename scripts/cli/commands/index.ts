import type { Command } from "../command.js";
import { build } from "./build.js";
import { checkOwnership } from "./check-ownership.js";
import { diff } from "./diff.js";
import { fix } from "./fix.js";
import { importCommand } from "./import.js";
import { lookup } from "./lookup.js";
import { postComment } from "./post-comment.js";
import { prReport } from "./pr-report.js";
import { release } from "./release.js";
import { rules } from "./rules.js";
import { validate } from "./validate.js";

/** Every CLI command, in the order `actormap --help` lists them. Add a command here, nowhere else. */
export const commands: Command[] = [
  validate,
  fix,
  rules,
  build,
  diff,
  release,
  importCommand,
  lookup,
  checkOwnership,
  prReport,
  postComment,
];
