import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

const ReleaseOctokit = Octokit.plugin(retry, throttling);
export type ReleaseClient = InstanceType<typeof ReleaseOctokit>;
export type ReleaseClientOptions = ConstructorParameters<typeof ReleaseOctokit>[0];

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * The octokit client of `actormap release`: server errors (502 and the like) are retried with
 * backoff; a secondary rate limit is waited out twice; a primary rate limit is waited out once
 * when it resets within a minute, else the run stops with one line (a release can be re-run).
 * `overrides` is for tests (shorter retry delays).
 */
export function createReleaseClient(
  apiUrl: string,
  token: string | undefined,
  overrides: ReleaseClientOptions = {},
): ReleaseClient {
  return new ReleaseOctokit({
    ...(token ? { auth: token } : {}),
    baseUrl: apiUrl.replace(/\/+$/, ""),
    userAgent: "actormap-release",
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
  });
}
