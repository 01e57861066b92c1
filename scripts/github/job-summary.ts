import { summary } from "@actions/core";

/**
 * Appends Markdown to the job summary when running in GitHub Actions (GITHUB_STEP_SUMMARY set);
 * returns whether it did. @actions/core reads the variable from process.env.
 */
export async function appendJobSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await summary.addRaw(markdown, true).write();
  return true;
}
