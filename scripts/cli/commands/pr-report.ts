import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../../core/diagnostic.js";
import { appendJobSummary } from "../../github/job-summary.js";
import { runNestedCommand } from "../../github/nested-command.js";
import { commitSha, requiredString } from "../../github/options.js";
import { renderReport, summaryLimits } from "../../github/render-report.js";
import { buildReport, diffFileName, reportFileName } from "../../github/report.js";
import { type Command, type Io, UsageError, UserError } from "../command.js";

export const prReport: Command = {
  name: "pr-report",
  summary: "Write a pull request's report: diagnostics, dataset diff, job summary and artifact",
  details: [
    "Runs `actormap validate --format json` on the data and `actormap diff BASE HEAD` on the",
    "published dataset, writes both to the job summary (when GITHUB_STEP_SUMMARY is set) and to",
    `OUT/${reportFileName} and OUT/${diffFileName}, the artifact the comment workflow posts.`,
    "Exit code 0 once the report is written, whatever it says: the validate step fails the job.",
  ].join("\n"),
  options: {
    base: {
      type: "string",
      value: "REF",
      description: "the base branch or commit to diff against",
    },
    head: {
      type: "string",
      value: "REF",
      description: "the commit whose data is reported (default: HEAD)",
    },
    pr: { type: "string", value: "N", description: "the pull request number" },
    "head-sha": {
      type: "string",
      value: "SHA",
      description: "the pull request's head commit (the comment workflow checks it)",
    },
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
    out: { type: "string", value: "DIR", description: "where to write the artifact files" },
  },
  async run({ values }, io) {
    const base = requiredString(values.base, "--base REF");
    const head = typeof values.head === "string" ? values.head : "HEAD";
    const pr = requiredString(values.pr, "--pr N");
    if (!/^[1-9][0-9]{0,9}$/.test(pr))
      throw new UsageError(`--pr must be a pull request number, got "${pr}"`);
    const headSha = commitSha(requiredString(values["head-sha"], "--head-sha SHA"), "--head-sha");
    const out = resolve(io.cwd, requiredString(values.out, "--out DIR"));
    const data = typeof values.data === "string" ? values.data : "data";

    const diagnostics = await validateJson(data, io);
    const diff = await runNestedCommand(["diff", base, head, "--format", "markdown"], io);
    const report = buildReport(
      Number(pr),
      headSha,
      diagnostics,
      diff.code === 0
        ? undefined
        : firstLine(diff.stderr) || `actormap diff exited with ${diff.code}`,
    );
    const diffMarkdown = diff.code === 0 ? diff.stdout : "";

    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, reportFileName), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, diffFileName), diffMarkdown);
    await appendJobSummary(
      `## actormap report\n\n${renderReport(report, diffMarkdown, summaryLimits)}`,
    );
    io.stdout(
      `wrote ${join(out, reportFileName)} and ${join(out, diffFileName)}: ` +
        `${report.errors} errors, ${report.warnings} warnings${report.diffError ? `; no diff: ${report.diffError}` : ""}\n`,
    );
    return 0;
  },
};

async function validateJson(data: string, io: Io): Promise<Diagnostic[]> {
  const result = await runNestedCommand(["validate", "--data", data, "--format", "json"], io);
  if (result.code === 0 || result.code === 1) {
    try {
      return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    } catch {
      // fall through: validate printed something other than its JSON
    }
  }
  throw new UserError(
    `actormap validate failed: ${firstLine(result.stderr) || `exit code ${result.code}`}`,
  );
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
