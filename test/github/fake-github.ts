import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

export interface FakeComment {
  id: number;
  user: { login: string; type: string };
  body: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/**
 * A stateful stand-in, on 127.0.0.1, for the few GitHub endpoints actormap's pull-request
 * tooling uses: one pull request with a head commit, its issue comments (list, create, update),
 * and team memberships (`teams` maps "org/slug" to member logins).
 */
export async function fakeGitHub(options: {
  owner: string;
  repo: string;
  pullRequest: number;
  headSha: string;
  teams?: Record<string, string[]>;
}) {
  const comments: FakeComment[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  const prefix = `/repos/${options.owner}/${options.repo}`;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? "";
    requests.push({
      method: req.method ?? "",
      path,
      authorization: req.headers.authorization,
      body,
    });
    const route = `${req.method} ${path.split("?")[0]}`;
    if (route === `GET ${prefix}/pulls/${options.pullRequest}`)
      return send(res, 200, {
        number: options.pullRequest,
        state: "open",
        head: { sha: options.headSha },
      });
    if (route.startsWith(`GET ${prefix}/pulls/`)) return send(res, 404, { message: "Not Found" });
    if (route === `GET ${prefix}/issues/${options.pullRequest}/comments`)
      return send(res, 200, comments);
    if (route === `POST ${prefix}/issues/${options.pullRequest}/comments`) {
      const comment = {
        id: nextId++,
        user: { login: "github-actions[bot]", type: "Bot" },
        body: (body as { body: string }).body,
      };
      comments.push(comment);
      return send(res, 201, comment);
    }
    const membership = /^GET \/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(route);
    if (membership) {
      const members = options.teams?.[`${membership[1]}/${membership[2]}`] ?? [];
      return members.includes(membership[3] ?? "")
        ? send(res, 200, { state: "active", role: "member" })
        : send(res, 404, { message: "Not Found" });
    }
    const update = new RegExp(`^PATCH ${prefix}/issues/comments/(\\d+)$`).exec(route);
    const target = update && comments.find((c) => c.id === Number(update[1]));
    if (target) {
      target.body = (body as { body: string }).body;
      return send(res, 200, target);
    }
    send(res, 404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    writes: () => requests.filter((r) => r.method !== "GET"),
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : undefined;
}

function send(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
}
