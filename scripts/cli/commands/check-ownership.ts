import { relative, resolve } from "node:path";
import { actionsCoreSink, annotate } from "../../github/annotations.js";
import { createGitHubClient } from "../../github/client.js";
import { changedFiles, fileAtRef, repositoryRoot, resolveCommit } from "../../github/git.js";
import { appendJobSummary } from "../../github/job-summary.js";
import { asUserError, requiredString } from "../../github/options.js";
import { type BaseMaintainers, decideOwnership } from "../../github/ownership.js";
import {
  formatOwnershipSummary,
  formatOwnershipText,
  ownershipDiagnostics,
} from "../../github/ownership-report.js";
import { projectOwnersFromPackageJson } from "../../github/project-owners.js";
import { teamResolver } from "../../github/teams.js";
import { parseVendorText } from "../../load/load-data.js";
import { type Command, UsageError } from "../command.js";

export const checkOwnership: Command = {
  name: "check-ownership",
  summary: "Check that a pull request only changes vendor files its author maintains",
  details: [
    "Looks at the files changed since the branch left BASE (`git diff BASE...HEAD`). A changed",
    "data/vendors/<id>.yaml must list the author among its maintainers as the file stands on",
    "BASE, so a pull request cannot add its own author. New and unclaimed vendor files, and",
    "changes outside data/ by someone who is not a project owner (package.json",
    '"actormap.owners" on BASE), are flagged for review. Teams (@org/team) are checked through',
    "the API with ACTORMAP_TEAMS_TOKEN (a token that may read the organisation's teams) and are",
    "reported as unverifiable without one. Exit code 1 when a vendor file is changed by someone",
    "who does not maintain it.",
  ].join("\n"),
  options: {
    base: {
      type: "string",
      value: "REF",
      description: "the pull request's base (branch or commit)",
    },
    author: {
      type: "string",
      value: "LOGIN",
      description: "the pull request author's GitHub login",
    },
    data: { type: "string", value: "DIR", description: "the data folder (default: data)" },
    format: {
      type: "string",
      value: "FORMAT",
      description: "text (default) or github (annotations); GITHUB_STEP_SUMMARY gets a table",
    },
  },
  async run({ values }, io) {
    const base = requiredString(values.base, "--base REF");
    const author = requiredString(values.author, "--author LOGIN").replace(/^@/, "");
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(author))
      throw new UsageError(`"${author}" is not a GitHub login`);
    const format = typeof values.format === "string" ? values.format : "text";
    if (format !== "text" && format !== "github")
      throw new UsageError(`unknown format "${format}": use text or github`);

    const root = asUserError(() => repositoryRoot(io.cwd));
    const baseCommit = asUserError(() => resolveCommit(root, base));
    const dataDir = relative(
      root,
      resolve(io.cwd, typeof values.data === "string" ? values.data : "data"),
    )
      .split("\\")
      .join("/");
    const packageJson = fileAtRef(root, baseCommit, "package.json");
    const projectOwners = asUserError(() =>
      packageJson ? projectOwnersFromPackageJson(packageJson.toString("utf8")) : [],
    );
    const token = io.env.ACTORMAP_TEAMS_TOKEN;
    const decisions = await decideOwnership({
      author,
      changedFiles: changedFiles(root, baseCommit),
      dataDir,
      projectOwners,
      baseMaintainers: (file) => baseMaintainers(root, baseCommit, file),
      teamMembership: teamResolver(
        token ? createGitHubClient(io.env.GITHUB_API_URL, token) : undefined,
      ),
    });

    if (format === "github")
      annotate(
        ownershipDiagnostics(decisions),
        await actionsCoreSink(),
        "see the job summary for every changed file",
      );
    io.stdout(formatOwnershipText(decisions));
    await appendJobSummary(formatOwnershipSummary(author, decisions));
    return decisions.some((d) => d.verdict === "violation") ? 1 : 0;
  },
};

function baseMaintainers(root: string, base: string, file: string): BaseMaintainers {
  const bytes = fileAtRef(root, base, file);
  if (!bytes) return { state: "absent" };
  const { source } = parseVendorText(file, bytes);
  if (!source) return { state: "unreadable" };
  return { state: "present", maintainers: source.data.vendor.maintainers ?? [] };
}
