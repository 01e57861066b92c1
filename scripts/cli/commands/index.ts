import type { Command } from "../command.js";

/** Every CLI command, in the order `actormap --help` lists them. Add a command here, nowhere else. */
export const commands: Command[] = [];
