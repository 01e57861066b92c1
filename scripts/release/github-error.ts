import { UserError } from "../cli/command.js";

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
  cause?: { code?: string; message?: string };
}

/** Removes the token from any text that may reach the output. */
export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join("***") : text;
}

function apiMessage(error: HttpError): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === "string" ? data.message : (error.message ?? "");
}

/**
 * One line for a failed GitHub request, saying what to do; the token never appears in it.
 * `repository` is "owner/name", `apiUrl` where it was looked for.
 */
export function describeGitHubError(
  error: unknown,
  repository: string,
  apiUrl: string,
  token: string | undefined,
): UserError {
  const e = error as HttpError;
  const headers = e.response?.headers ?? {};
  const where = `${e.request?.method ?? "request"} ${e.request?.url ?? apiUrl}`;
  let line: string;
  if (e.status === undefined || e.response === undefined) {
    const cause = e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
    line = `cannot reach the GitHub API at ${apiUrl} (${cause})`;
  } else if (e.status === 401) {
    line = `GitHub rejected the token (401 ${apiMessage(e)}): check GITHUB_TOKEN or --token`;
  } else if (e.status === 429 || (e.status === 403 && headers["x-ratelimit-remaining"] === "0")) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when =
      Number.isFinite(reset) && reset > 0
        ? ` (resets at ${new Date(reset * 1000).toISOString()})`
        : "";
    line = `GitHub API rate limit exceeded${when}: run the release again later; it resumes where it stopped`;
  } else if (e.status === 403) {
    line = `GitHub refused ${where} (403 ${apiMessage(e)}): the token needs "contents: write" on ${repository}`;
  } else {
    line = `GitHub API error ${e.status} on ${where}: ${apiMessage(e)}`;
  }
  return new UserError(redact(line, token));
}
