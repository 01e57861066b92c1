import type { GitHubClient } from "./client.js";

/**
 * Checks, through the API, that the pull request the artifact names is the one the workflow run
 * tested: its head must be the run's head commit. An artifact cannot point the comment at
 * someone else's pull request, and a run overtaken by a newer push does not post stale results.
 * (This also works for forks, where the workflow_run event's `pull_requests` list is empty.)
 */
export async function pullRequestHead(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullRequest: number,
): Promise<{ headSha: string; open: boolean }> {
  const { data } = await client.rest.pulls.get({ ...repository, pull_number: pullRequest });
  return { headSha: data.head.sha, open: data.state === "open" };
}
