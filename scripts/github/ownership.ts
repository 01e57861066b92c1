import { codeownersPath } from "./codeowners.js";
import { isTeam, sameLogin } from "./project-owners.js";

/** allowed: nothing to do; review: a maintainer must look; violation: the check fails. */
export type Verdict = "allowed" | "review" | "violation";

export interface OwnershipDecision {
  file: string;
  verdict: Verdict;
  reason: string;
}

/** What a vendor file says about its maintainers on the base branch. */
export type BaseMaintainers =
  | { state: "absent" }
  | { state: "unreadable" }
  | { state: "present"; maintainers: string[] };

export type TeamMembership = "member" | "not-member" | "unverifiable";

export interface OwnershipInput {
  author: string;
  changedFiles: readonly string[];
  /** Repository-relative data folder, e.g. `data`. */
  dataDir: string;
  /** Project owners as they stand on the base branch. */
  projectOwners: readonly string[];
  baseMaintainers(file: string): BaseMaintainers;
  teamMembership(team: string, login: string): Promise<TeamMembership>;
}

type Membership = "yes" | "no" | "unverifiable";

/** Whether `login` is one of `handles`, directly or through a team. */
async function isAmong(
  handles: readonly string[],
  login: string,
  teamMembership: OwnershipInput["teamMembership"],
): Promise<{ membership: Membership; unverifiedTeams: string[] }> {
  if (handles.some((h) => !isTeam(h) && sameLogin(h, login)))
    return { membership: "yes", unverifiedTeams: [] };
  const unverifiedTeams: string[] = [];
  for (const team of handles.filter(isTeam)) {
    const result = await teamMembership(team, login);
    if (result === "member") return { membership: "yes", unverifiedTeams: [] };
    if (result === "unverifiable") unverifiedTeams.push(team);
  }
  return { membership: unverifiedTeams.length > 0 ? "unverifiable" : "no", unverifiedTeams };
}

/**
 * Who may change what: a vendor file only its maintainers as listed on the base branch (so a
 * pull request cannot add its own author), everything else the project owners. A new vendor file
 * and an unclaimed one (no maintainers) are allowed but need a project owner's review.
 */
export async function decideOwnership(input: OwnershipInput): Promise<OwnershipDecision[]> {
  const author = `@${input.author.replace(/^@/, "")}`;
  const vendorFile = new RegExp(`^${escapeRegExp(input.dataDir)}/vendors/[^/]+\\.yaml$`);
  const inData = `${input.dataDir}/`;
  const owner = await isAmong(input.projectOwners, input.author, input.teamMembership);
  const decisions: OwnershipDecision[] = [];
  for (const file of input.changedFiles) {
    const decide = (verdict: Verdict, reason: string) => decisions.push({ file, verdict, reason });
    if (vendorFile.test(file)) {
      const base = input.baseMaintainers(file);
      if (base.state === "absent") {
        decide(
          "review",
          "new vendor file: a project owner must review the vendor and its maintainers",
        );
        continue;
      }
      if (base.state === "unreadable") {
        if (owner.membership === "yes") decide("allowed", `${author} is a project owner`);
        else
          decide(
            "violation",
            "its maintainers cannot be read on the base branch (the file is invalid there); a project owner must make this change",
          );
        continue;
      }
      if (base.maintainers.length === 0) {
        decide(
          "review",
          "unclaimed vendor file (no maintainers on the base branch): a project owner must review the change",
        );
        continue;
      }
      const listed = base.maintainers.join(" ");
      const maintainer = await isAmong(base.maintainers, input.author, input.teamMembership);
      if (maintainer.membership === "yes")
        decide("allowed", `${author} is a maintainer (${listed})`);
      else if (owner.membership === "yes")
        decide(
          "review",
          `${author} is a project owner but not a maintainer of this file: ${listed} should review`,
        );
      else if (maintainer.membership === "unverifiable")
        decide(
          "review",
          `${author} may belong to ${maintainer.unverifiedTeams.join(", ")}, which could not be verified (no token that can read team membership): ${listed} should review`,
        );
      else
        decide(
          "violation",
          `${author} is not among its maintainers on the base branch (${listed}); ask one of them to make or approve the change`,
        );
      continue;
    }
    if (file.startsWith(inData) || file === codeownersPath) {
      decide("allowed", "shared or generated data, checked by validate");
      continue;
    }
    if (owner.membership === "yes") decide("allowed", `${author} is a project owner`);
    else if (owner.membership === "unverifiable")
      decide(
        "review",
        `outside ${inData}: ${author} may belong to ${owner.unverifiedTeams.join(", ")}, which could not be verified`,
      );
    else
      decide(
        "review",
        `outside ${inData} by someone who is not a project owner: a project owner must review it`,
      );
  }
  return decisions;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
