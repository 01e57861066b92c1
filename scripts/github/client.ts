import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

/**
 * An octokit client that retries server errors and waits out rate limits (twice at most), talking
 * to `GITHUB_API_URL` so the same code runs on github.com, GitHub Enterprise and a test server.
 */
export function createGitHubClient(env: NodeJS.ProcessEnv, token: string): GitHubClient {
  return new GitHubClient({
    auth: token,
    baseUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "actormap",
    // octokit logs warnings to the console; the commands report failures themselves.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      onRateLimit: (_after: number, _options: unknown, _client: unknown, retryCount: number) =>
        retryCount < 2,
      onSecondaryRateLimit: (
        _after: number,
        _options: unknown,
        _client: unknown,
        retryCount: number,
      ) => retryCount < 2,
    },
  });
}

/** `owner/name` from `--repo` or `GITHUB_REPOSITORY`. */
export function parseRepository(value: string | undefined): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? "");
  if (!match?.[1] || !match[2])
    throw new Error(
      `the repository must be "owner/name" (from --repo or GITHUB_REPOSITORY), got "${value ?? ""}"`,
    );
  return { owner: match[1], repo: match[2] };
}

/** The HTTP status of an octokit error, undefined for network failures. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? status : undefined;
}
