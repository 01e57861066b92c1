import { type GitHubClient, httpStatus } from "./client.js";
import type { TeamMembership } from "./ownership.js";

/**
 * Resolves `@org/team` membership through the API. Without a client (no token) every team is
 * unverifiable. 404 means not a member; 401/403 mean the token may not read the organisation's
 * teams, which again is unverifiable rather than a verdict.
 */
export function teamResolver(
  client: GitHubClient | undefined,
): (team: string, login: string) => Promise<TeamMembership> {
  const cache = new Map<string, Promise<TeamMembership>>();
  return (team, login) => {
    const key = `${team.toLowerCase()} ${login.toLowerCase()}`;
    let result = cache.get(key);
    if (!result) {
      result = lookUp(client, team, login);
      cache.set(key, result);
    }
    return result;
  };
}

async function lookUp(
  client: GitHubClient | undefined,
  team: string,
  login: string,
): Promise<TeamMembership> {
  const [org, slug] = team.replace(/^@/, "").split("/");
  if (!client || !org || !slug) return "unverifiable";
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login.replace(/^@/, ""),
    });
    return data.state === "active" ? "member" : "not-member";
  } catch (error) {
    if (httpStatus(error) === 404) return "not-member";
    return "unverifiable";
  }
}
