// Small data folders for the release tests, made canonical by the real `actormap fix`.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import { runCli, tempDir } from "../helpers/cli.js";

/** 2025-06-02T00:00:00Z: fix's registry dates come from it, not the clock. */
const sourceDateEpoch = "1748822400";

async function fix(dir: string): Promise<void> {
  const result = await runCli(["fix"], { cwd: dir, env: { SOURCE_DATE_EPOCH: sourceDateEpoch } });
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
}

/** A checkout-like folder: data/ with Microsoft and CrowdStrike mapping one actor `same`. */
export async function releaseCheckout(): Promise<string> {
  const dir = tempDir();
  cpSync(join(packageRoot, "test/fixtures/release/data"), join(dir, "data"), { recursive: true });
  await fix(dir);
  return dir;
}

/** An addition (minor): CrowdStrike's FANCY BEAR. */
export async function addActor(dir: string): Promise<void> {
  const file = join(dir, "data/vendors/crowdstrike.yaml");
  writeFileSync(
    file,
    `${readFileSync(file, "utf8")}  - id: fancy-bear\n    name: FANCY BEAR\n    origin: RU\n` +
      "    category: nation-state\n    status: active\n",
  );
  await fix(dir);
}

/** A breaking change (major): both sides drop the `same` mapping. */
export async function removeSameMapping(dir: string): Promise<void> {
  for (const vendor of ["crowdstrike", "microsoft"]) {
    const file = join(dir, `data/vendors/${vendor}.yaml`);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^ {4}mappings:\n(?: {6}.*\n| {8}.*\n)+/m, ""));
  }
  await fix(dir);
}
