// A small stateful GitHub (releases and release assets only) on 127.0.0.1, for the release flow.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeAsset {
  id: number;
  name: string;
  label: string | null;
  bytes: Buffer;
  contentType: string;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  target_commitish: string;
  assets: FakeAsset[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

type Match = (request: LoggedRequest) => boolean;

export interface FakeGitHub {
  /** The API base URL, e.g. http://127.0.0.1:12345 */
  url: string;
  releases: FakeRelease[];
  requests: LoggedRequest[];
  /** Requests other than GET. */
  writes(): LoggedRequest[];
  /** Answer the next `times` matching requests with `status`. */
  fail(match: Match, status: number, times?: number): void;
  /** Resolves when a matching request arrives; that request is never answered. */
  hang(match: Match): Promise<void>;
  /** Answer everything with GitHub's primary rate-limit 403 from now on. */
  rateLimit(): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  token: string;
  /** github.com reports `digest: sha256:…` on assets; older servers do not. */
  digests?: boolean;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body?: unknown, headers = {}): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(text);
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const { owner, repo, token } = options;
  const releases: FakeRelease[] = [];
  const requests: LoggedRequest[] = [];
  const failures: { match: Match; status: number; times: number }[] = [];
  const hangs: { match: Match; arrived: () => void }[] = [];
  let limited = false;
  let nextId = 1;
  let url = "";

  const assetJson = (a: FakeAsset) => ({
    id: a.id,
    url: `${url}/repos/${owner}/${repo}/releases/assets/${a.id}`,
    browser_download_url: `${url}/downloads/${a.id}`,
    name: a.name,
    label: a.label,
    state: "uploaded",
    content_type: a.contentType,
    size: a.bytes.length,
    ...(options.digests === false
      ? {}
      : { digest: `sha256:${createHash("sha256").update(a.bytes).digest("hex")}` }),
  });
  const releaseJson = (r: FakeRelease) => ({
    id: r.id,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    target_commitish: r.target_commitish,
    html_url: `${url}/${owner}/${repo}/releases/tag/${r.tag_name}`,
    upload_url: `${url}/uploads/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map(assetJson),
  });
  const findAsset = (id: number) => {
    for (const r of releases) {
      const asset = r.assets.find((a) => a.id === id);
      if (asset) return { release: r, asset };
    }
    return undefined;
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const target = new URL(request.url ?? "/", url);
    const logged = {
      method,
      path: target.pathname + target.search,
      authorization: request.headers.authorization,
    };
    requests.push(logged);
    const body = await readBody(request);
    const hang = hangs.find((h) => h.match(logged));
    if (hang) {
      hangs.splice(hangs.indexOf(hang), 1);
      hang.arrived();
      return;
    }
    const failure = failures.find((f) => f.times > 0 && f.match(logged));
    if (failure) {
      failure.times--;
      return send(response, failure.status, { message: "Bad Gateway" });
    }
    if (limited) {
      return send(
        response,
        403,
        { message: "API rate limit exceeded for installation." },
        {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
        },
      );
    }
    const download = /^\/downloads\/(\d+)$/.exec(target.pathname);
    if (method === "GET" && download) {
      const found = findAsset(Number(download[1]));
      if (!found) return send(response, 404, { message: "Not Found" });
      response.writeHead(200, { "content-type": "application/octet-stream" });
      return void response.end(found.asset.bytes);
    }
    if (request.headers.authorization !== `token ${token}`) {
      return send(response, 401, { message: "Bad credentials" });
    }
    const base = `/repos/${owner}/${repo}`;
    const path = target.pathname.replace(/^\/uploads/, "");
    if (!path.startsWith(`${base}`) || (path !== base && !path.startsWith(`${base}/`))) {
      return send(response, 404, { message: "Not Found" });
    }
    const rest = path.slice(base.length);
    const releaseId = /^\/releases\/(\d+)$/.exec(rest)?.[1];
    const assetsOf = /^\/releases\/(\d+)\/assets$/.exec(rest)?.[1];
    const assetId = /^\/releases\/assets\/(\d+)$/.exec(rest)?.[1];
    if (method === "GET" && rest === "") {
      return send(response, 200, { id: 1, full_name: `${owner}/${repo}`, default_branch: "main" });
    }
    if (method === "GET" && rest === "/releases") {
      return send(response, 200, [...releases].reverse().map(releaseJson));
    }
    if (method === "POST" && rest === "/releases") {
      const input = JSON.parse(body.toString("utf8"));
      if (releases.some((r) => r.tag_name === input.tag_name && !r.draft)) {
        return send(response, 422, {
          message: "Validation Failed",
          errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }],
        });
      }
      const release: FakeRelease = {
        id: nextId++,
        tag_name: input.tag_name,
        name: input.name ?? input.tag_name,
        body: input.body ?? "",
        draft: input.draft === true,
        prerelease: input.prerelease === true,
        target_commitish: input.target_commitish ?? "main",
        assets: [],
      };
      releases.push(release);
      return send(response, 201, releaseJson(release));
    }
    if (releaseId && method === "PATCH") {
      const release = releases.find((r) => r.id === Number(releaseId));
      if (!release) return send(response, 404, { message: "Not Found" });
      const input = JSON.parse(body.toString("utf8"));
      for (const key of ["name", "body", "draft", "target_commitish"] as const) {
        if (key in input) Object.assign(release, { [key]: input[key] });
      }
      return send(response, 200, releaseJson(release));
    }
    if (assetsOf) {
      const release = releases.find((r) => r.id === Number(assetsOf));
      if (!release) return send(response, 404, { message: "Not Found" });
      if (method === "GET") return send(response, 200, release.assets.map(assetJson));
      if (method === "POST" && target.pathname.startsWith("/uploads/")) {
        const name = target.searchParams.get("name") ?? "";
        if (release.assets.some((a) => a.name === name)) {
          return send(response, 422, {
            message: "Validation Failed",
            errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }],
          });
        }
        const asset: FakeAsset = {
          id: nextId++,
          name,
          label: target.searchParams.get("label"),
          bytes: body,
          contentType: request.headers["content-type"] ?? "",
        };
        release.assets.push(asset);
        return send(response, 201, assetJson(asset));
      }
    }
    if (assetId) {
      const found = findAsset(Number(assetId));
      if (!found) return send(response, 404, { message: "Not Found" });
      if (method === "DELETE") {
        found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
        return send(response, 204);
      }
      if (method === "GET" && request.headers.accept === "application/octet-stream") {
        // github.com answers with a redirect to its storage host.
        return send(response, 302, undefined, { location: `${url}/downloads/${found.asset.id}` });
      }
      if (method === "GET") return send(response, 200, assetJson(found.asset));
    }
    return send(response, 404, { message: "Not Found" });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) =>
      send(response, 500, { message: error.message }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    releases,
    requests,
    writes: () => requests.filter((r) => r.method !== "GET"),
    fail: (match, status, times = 1) => void failures.push({ match, status, times }),
    hang: (match) => new Promise<void>((arrived) => hangs.push({ match, arrived })),
    rateLimit: () => {
      limited = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
