import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

const GitHubOctokit: typeof Octokit = Octokit.plugin(retry, throttling);

/** Named explicitly so declaration files stay portable (tsc cannot name the plugin types). */
export type GitHubClient = Octokit & { retry: { retryRequest: unknown } };
/** Options tests override (shorter retry delays, throttling off). */
export interface GitHubClientOptions {
  retry?: { retryAfterBaseValue?: number; doNotRetry?: number[] };
  throttle?: { enabled?: boolean };
}

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * The one octokit client of every command that talks to GitHub. Server errors (502 and the like)
 * are retried with backoff; a secondary rate limit is waited out twice; a primary rate limit
 * once when it resets within a minute, else the command stops with one line (each command can
 * be re-run). `apiUrl` comes from `GITHUB_API_URL`, so the same code runs on github.com, GitHub
 * Enterprise and a test server. `overrides` is for tests (shorter retry delays).
 */
export function createGitHubClient(
  apiUrl: string | undefined,
  token: string | undefined,
  overrides: GitHubClientOptions = {},
): GitHubClient {
  return new GitHubOctokit({
    ...(token ? { auth: token } : {}),
    baseUrl: (apiUrl || "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "actormap",
    // octokit logs to the console; the commands report failures themselves, without the token.
    log: silent,
    throttle: {
      onRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && after <= 60,
      onSecondaryRateLimit: (
        after: number,
        _options: unknown,
        _octokit: unknown,
        retryCount: number,
      ) => retryCount < 2 && after <= 120,
    },
    ...overrides,
  } as ConstructorParameters<typeof GitHubOctokit>[0]) as GitHubClient;
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
