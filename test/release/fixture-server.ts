// Replays @octokit/fixtures recordings (real GitHub traffic) from an HTTP server on 127.0.0.1.
// Matching follows the fixtures' README (nock semantics): each recording answers one request
// whose method, path with query, body and every recorded request header (except host, which
// names github.com) are equal; recordings may be used in any order.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";

interface Recording {
  method: string;
  path: string;
  body: unknown;
  status: number;
  response: unknown;
  reqheaders: Record<string, string | number>;
  headers: Record<string, string>;
}

export interface FixtureServer {
  url: string;
  /** Recordings not used yet, as "METHOD path". */
  pending(): string[];
  /** Requests no recording matched, with the reason. */
  unmatched: string[];
  close(): Promise<void>;
}

const fixturesRoot = dirname(
  createRequire(import.meta.url).resolve("@octokit/fixtures/package.json"),
);

export function readScenario(name: string): Recording[] {
  return JSON.parse(
    readFileSync(
      join(fixturesRoot, "scenarios", "api.github.com", name, "normalized-fixture.json"),
      "utf8",
    ),
  );
}

function mismatch(
  recording: Recording,
  request: IncomingMessage,
  path: string,
  body: string,
): string | undefined {
  if (recording.method.toUpperCase() !== request.method) return "method";
  if (recording.path !== path) return "path";
  for (const [name, value] of Object.entries(recording.reqheaders)) {
    if (name !== "host" && String(request.headers[name]) !== String(value)) {
      return `header ${name}: expected ${value}, got ${request.headers[name]}`;
    }
  }
  if (typeof recording.body === "string") return recording.body === body ? undefined : "body";
  return isDeepStrictEqual(recording.body, body === "" ? "" : JSON.parse(body))
    ? undefined
    : "body";
}

export async function startFixtureServer(scenario: string): Promise<FixtureServer> {
  const recordings = readScenario(scenario);
  const used = new Set<number>();
  const unmatched: string[] = [];
  let url = "";
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = request.url ?? "/";
      const reasons: string[] = [];
      const index = recordings.findIndex((recording, i) => {
        if (used.has(i)) return false;
        const reason = mismatch(recording, request, path, body);
        if (reason && recording.path === path) reasons.push(reason);
        return reason === undefined;
      });
      const recording = recordings[index];
      if (!recording) {
        unmatched.push(`${request.method} ${path}: ${reasons.join("; ") || "no recording"}`);
        response.writeHead(400, { "content-type": "application/json" });
        return void response.end(
          JSON.stringify({ message: `no recording matches: ${unmatched.at(-1)}` }),
        );
      }
      used.add(index);
      const text =
        recording.response === ""
          ? ""
          : JSON.stringify(recording.response).replace(
              /https:\/\/(api|uploads)\.github\.com/g,
              url,
            );
      const { "content-length": _length, connection: _connection, ...headers } = recording.headers;
      response.writeHead(recording.status, headers);
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    unmatched,
    pending: () =>
      recordings.filter((_, i) => !used.has(i)).map((r) => `${r.method.toUpperCase()} ${r.path}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
