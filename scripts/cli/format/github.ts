import { actionsCoreSink, annotate } from "../../github/annotations.js";
import type { Report } from "./report.js";
import { summaryLine } from "./summary.js";

/**
 * Workflow-command annotations for GitHub Actions, then the plain count line for the log.
 * Annotations go through `@actions/core`, which escapes messages so data cannot inject commands.
 */
export async function writeGithub(report: Report, write: (text: string) => void): Promise<void> {
  annotate(
    report.diagnostics,
    await actionsCoreSink(),
    "run `npx actormap validate` for the full list",
    report.onChangedLine,
  );
  write(`${summaryLine(report.diagnostics, report.filesChecked)}\n`);
}
