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

interface Membership {
  membership: "yes" | "no" | "unverifiable";
  /** Teams among the handles whose membership the API could not tell. */
  unverifiedTeams: string[];
}

/** Whether `login` is one of `handles`, directly or through a team. */
async function isAmong(
  handles: readonly string[],
  login: string,
  teamMembership: OwnershipInput["teamMembership"],
): Promise<Membership> {
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

type Decision = Omit<OwnershipDecision, "file">;

/**
 * Who may change what: a vendor file only its maintainers as listed on the base branch (so a
 * pull request cannot add its own author), everything else the project owners. A new vendor file
 * and an unclaimed one (no maintainers) are allowed but need a project owner's review.
 */
export async function decideOwnership(input: OwnershipInput): Promise<OwnershipDecision[]> {
  const inData = input.dataDir === "" ? "" : `${input.dataDir}/`;
  const vendorFile = new RegExp(`^${escapeRegExp(inData)}vendors/[^/]+\\.yaml$`);
  const owner = await isAmong(input.projectOwners, input.author, input.teamMembership);
  const decisions: OwnershipDecision[] = [];
  for (const file of input.changedFiles) {
    let decision: Decision;
    if (vendorFile.test(file)) decision = await decideVendorFile(input, file, owner);
    else if (file.startsWith(inData) || file === codeownersPath)
      decision = { verdict: "allowed", reason: "shared or generated data, checked by validate" };
    else decision = decideProjectFile(input.author, inData, owner);
    decisions.push({ file, ...decision });
  }
  return decisions;
}

async function decideVendorFile(
  input: OwnershipInput,
  file: string,
  owner: Membership,
): Promise<Decision> {
  const author = handle(input.author);
  const base = input.baseMaintainers(file);
  if (base.state === "absent")
    return review("new vendor file: a project owner must review the vendor and its maintainers");
  if (base.state === "unreadable")
    return owner.membership === "yes"
      ? { verdict: "allowed", reason: `${author} is a project owner` }
      : violation(
          "its maintainers cannot be read on the base branch (the file is invalid there); " +
            "a project owner must make this change",
        );
  if (base.maintainers.length === 0)
    return review(
      "unclaimed vendor file (no maintainers on the base branch): a project owner must review the change",
    );
  const listed = base.maintainers.join(" ");
  const maintainer = await isAmong(base.maintainers, input.author, input.teamMembership);
  if (maintainer.membership === "yes")
    return { verdict: "allowed", reason: `${author} is a maintainer (${listed})` };
  if (owner.membership === "yes")
    return review(
      `${author} is a project owner but not a maintainer of this file: ${listed} should review`,
    );
  if (maintainer.membership === "unverifiable")
    return review(
      `${author} may belong to ${maintainer.unverifiedTeams.join(", ")}, which could not be ` +
        `verified (no token that can read team membership): ${listed} should review`,
    );
  return violation(
    `${author} is not among its maintainers on the base branch (${listed}); ` +
      "ask one of them to make or approve the change",
  );
}

function decideProjectFile(login: string, inData: string, owner: Membership): Decision {
  const author = handle(login);
  if (owner.membership === "yes")
    return { verdict: "allowed", reason: `${author} is a project owner` };
  if (owner.membership === "unverifiable")
    return review(
      `outside ${inData}: ${author} may belong to ${owner.unverifiedTeams.join(", ")}, which could not be verified`,
    );
  return review(
    `outside ${inData} by someone who is not a project owner: a project owner must review it`,
  );
}

const review = (reason: string): Decision => ({ verdict: "review", reason });
const violation = (reason: string): Decision => ({ verdict: "violation", reason });
const handle = (login: string) => `@${login.replace(/^@/, "")}`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
