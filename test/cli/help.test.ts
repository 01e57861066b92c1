import { describe, expect, it } from "vitest";
import { loadCommands } from "../../scripts/cli/commands/index.js";

const commands = await loadCommands();

import { runCli } from "../helpers/cli.js";

describe("actormap --help", () => {
  it("lists every command with its summary", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const command of commands) {
      expect(result.stdout).toMatch(
        new RegExp(`^  ${command.name} +${escapeRegExp(command.summary)}$`, "m"),
      );
    }
  });

  it.each(commands.map((command) => [command.name, command]))(
    "`actormap %s --help` shows its usage and every option",
    async (name, command) => {
      const result = await runCli([name, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: actormap ${name}\\b`));
      for (const option of [...Object.keys(command.options), "help"]) {
        expect(result.stdout).toMatch(new RegExp(`^  (-\\w, )?--${option}\\b.* {2}\\S`, "m"));
      }
    },
  );

  it("exits 2 with the command list when no command is given", async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Commands:");
  });

  it("exits 2 with one line for an unknown command", async () => {
    const result = await runCli(["valdiate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'actormap: unknown command "valdiate". Run `actormap --help` for the list.\n',
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
