import { parseArgs } from "node:util";
import { type Command, type Io, UsageError, UserError } from "./command.js";
import { commandLoaders, loadCommands } from "./commands/index.js";

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

// A reader that stops early (`actormap validate | head`) closes the pipe: end quietly rather
// than with Node's unhandled-error stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

export function usage(command: Command): string {
  const lines = [
    `Usage: actormap ${command.name}${command.args ? ` ${command.args}` : ""} [options]`,
    "",
  ];
  lines.push(command.summary);
  if (command.details) lines.push("", command.details.trimEnd());
  lines.push("", "Options:");
  const specs = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    return [flag, spec.description] as const;
  });
  specs.push(["-h, --help", "show this help"]);
  const width = Math.max(...specs.map(([flag]) => flag.length));
  for (const [flag, text] of specs) lines.push(`  ${flag.padEnd(width)}  ${text}`);
  return `${lines.join("\n")}\n`;
}

async function overview(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: actormap <command> [options]",
    "",
    "A cross-vendor threat-actor naming map: validate, fix, build and release the dataset.",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `actormap <command> --help` for a command's options.",
    "",
  ].join("\n");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await overview());
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  if (!load) {
    io.stderr(`actormap: unknown command "${name}". Run \`actormap --help\` for the list.\n`);
    return 2;
  }
  const command = await load();
  try {
    const options = Object.fromEntries(
      Object.entries(command.options).map(([key, { description: _d, value: _v, ...spec }]) => [
        key,
        spec,
      ]),
    );
    const parsed = parseArgs({
      args: rest,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.stdout(usage(command));
      return 0;
    }
    const [min, max] = command.positionals ?? [0, 0];
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(
        max === 0
          ? `takes no arguments, got "${parsed.positionals.join(" ")}"`
          : `expects ${command.args ?? "arguments"}`,
      );
    }
    return await command.run(parsed as ParsedArgsLike, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`actormap ${name}: ${error.message}\n`);
      return 1;
    }
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || (code?.startsWith("ERR_PARSE_ARGS") ?? false)) {
      io.stderr(
        `actormap ${name}: ${(error as Error).message}. Run \`actormap ${name} --help\`.\n`,
      );
      return 2;
    }
    // An unexpected failure is a bug in actormap: one line for the user, the stack on request.
    io.stderr(
      `actormap ${name}: internal error: ${(error as Error).message ?? String(error)}` +
        " (set ACTORMAP_DEBUG=1 for details; please report it)\n",
    );
    if (io.env.ACTORMAP_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 1;
  }
}

type ParsedArgsLike = Parameters<Command["run"]>[0];
