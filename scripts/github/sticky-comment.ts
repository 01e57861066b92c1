import type { GitHubClient } from "./client.js";
import { commentMarker } from "./render-report.js";

export interface StickyTarget {
  owner: string;
  repo: string;
  pullRequest: number;
  /** The account the workflow's token posts as; only its comments are ever edited. */
  botLogin: string;
}

/**
 * Creates the pull request's actormap comment, or updates it when one exists: the first comment
 * by the bot that starts with the marker. Comments by anyone else are never touched, even when
 * they quote the marker.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  body: string,
): Promise<{ action: "created" | "updated" | "unchanged"; id: number }> {
  const { owner, repo, pullRequest: issue_number } = target;
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number,
    per_page: 100,
  });
  const existing = comments.find(
    (c) =>
      c.user?.login.toLowerCase() === target.botLogin.toLowerCase() &&
      (c.body ?? "").startsWith(commentMarker),
  );
  if (existing) {
    if (existing.body === body) return { action: "unchanged", id: existing.id };
    await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: "updated", id: existing.id };
  }
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number, body });
  return { action: "created", id: data.id };
}
