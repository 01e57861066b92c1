import type { Io } from "../cli/command.js";

/**
 * Runs another actormap command in this process and captures what it prints, so a workflow
 * script reuses `validate` and `diff` exactly as a user runs them.
 */
export async function runNestedCommand(
  argv: string[],
  io: Io,
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Imported when called: the command list imports this module's callers.
  const { main } = await import("../cli/main.js");
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: io.cwd,
    env: io.env,
  });
  return { code, stdout, stderr };
}
