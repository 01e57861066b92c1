import { createGitHubClient, httpStatus, parseRepository } from "../../github/client.js";
import { asUserError, commitSha, requiredString } from "../../github/options.js";
import { renderComment } from "../../github/render-report.js";
import { readReportArtifact } from "../../github/report.js";
import { upsertStickyComment } from "../../github/sticky-comment.js";
import { pullRequestHead } from "../../github/verify-pull-request.js";
import { type Command, UsageError, UserError } from "../command.js";

export const postComment: Command = {
  name: "post-comment",
  summary: "Post or update the pull request's actormap comment from a pr-report artifact",
  details: [
    "Run by the comment workflow (workflow_run) with a token that may write pull requests. The",
    "artifact comes from the pull request's own code, so it is read as untrusted data: size",
    "limits, every field checked, Markdown escaped. The comment goes to the pull request the",
    "artifact names only if that pull request's head is --head-sha, the commit the validate run",
    "tested. One comment per pull request, marked <!-- actormap-report -->, updated in place.",
    "Reads GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL as GitHub Actions sets them.",
  ].join("\n"),
  options: {
    report: { type: "string", value: "DIR", description: "the downloaded artifact folder" },
    "head-sha": {
      type: "string",
      value: "SHA",
      description: "the head commit of the workflow run that made the artifact",
    },
    "run-id": {
      type: "string",
      value: "ID",
      description: "the validate run's id, to link the comment to it",
    },
    repo: {
      type: "string",
      value: "OWNER/NAME",
      description: "the repository (default: GITHUB_REPOSITORY)",
    },
    "bot-login": {
      type: "string",
      value: "LOGIN",
      description: "the account the token posts as (default: github-actions[bot])",
    },
  },
  async run({ values }, io) {
    const dir = requiredString(values.report, "--report DIR");
    const headSha = commitSha(requiredString(values["head-sha"], "--head-sha SHA"), "--head-sha");
    const botLogin =
      typeof values["bot-login"] === "string" ? values["bot-login"] : "github-actions[bot]";
    const token = io.env.GITHUB_TOKEN;
    if (!token)
      throw new UserError(
        "GITHUB_TOKEN is not set: the comment needs a token with pull-requests: write",
      );
    const repository = asUserError(() =>
      parseRepository(typeof values.repo === "string" ? values.repo : io.env.GITHUB_REPOSITORY),
    );
    const runId = typeof values["run-id"] === "string" ? values["run-id"] : undefined;
    if (runId !== undefined && !/^[1-9][0-9]*$/.test(runId))
      throw new UsageError(`--run-id must be a workflow run id, got "${runId}"`);
    const { report, diffMarkdown } = asUserError(() => readReportArtifact(dir));
    if (report.headSha !== headSha)
      throw new UserError(
        `the artifact is for commit ${report.headSha}, but the run tested ${headSha}: not posting`,
      );

    const client = createGitHubClient(io.env.GITHUB_API_URL, token);
    try {
      const pr = await pullRequestHead(client, repository, report.pullRequest);
      if (pr.headSha !== headSha) {
        io.stdout(
          `not posting: pull request #${report.pullRequest} is at ${pr.headSha}, not ${headSha} ` +
            "(a newer push has its own run)\n",
        );
        return 0;
      }
      const result = await upsertStickyComment(
        client,
        { ...repository, pullRequest: report.pullRequest, botLogin },
        renderComment(report, diffMarkdown, runId && runUrl(io.env, repository, runId)),
      );
      io.stdout(`${result.action} comment ${result.id} on pull request #${report.pullRequest}\n`);
      return 0;
    } catch (error) {
      throw new UserError(apiFailure(error));
    }
  },
};

function runUrl(
  env: NodeJS.ProcessEnv,
  { owner, repo }: { owner: string; repo: string },
  runId: string,
): string {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return `${server}/${owner}/${repo}/actions/runs/${runId}`;
}

/** One line for a failed API call, never the token or the request headers. */
function apiFailure(error: unknown): string {
  const status = httpStatus(error);
  if (status === 401) return "GitHub rejected the token (401)";
  if (status === 403)
    return "the token may not do this (403): the workflow needs pull-requests: write";
  if (status === 404) return "pull request or repository not found (404)";
  if (status !== undefined) return `GitHub answered ${status}`;
  return `GitHub could not be reached: ${(error as Error).message}`;
}
