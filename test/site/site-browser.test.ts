// The built site in a real browser: Debian's Chromium driven by playwright-core, the page opened
// from disk (file://) the way someone opens dist/site/index.html. .ci/run installs Chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { packageRoot } from "../../scripts/core/paths.js";
import type { ExportFile } from "../../scripts/generated/export-file.js";
import { runCli, writeFiles } from "../helpers/cli.js";

const chromiumPath = "/usr/bin/chromium";
const screenshots = join(packageRoot, "test-output", "site");
const fixtureData = join(packageRoot, "test", "fixtures", "site", "data");

let work: string;
let context: BrowserContext;
let siteUrl: string;
let data: ExportFile;
/** Per test: requests that left the page's own files, and script errors. */
let outside: string[];
let errors: string[];

const clusterUuid = (label: string) => {
  const found = data.clusters.find((c) => c.label === label);
  if (!found) throw new Error(`the fixture build has no cluster labelled ${label}`);
  return found.uuid;
};

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does this)`);
  }
  work = mkdtempSync(join(tmpdir(), "actormap-site-"));
  // The real pipeline: fix assigns uuids and the registry, build writes dist/ with the site.
  const dataDir = join(work, "data");
  writeFiles(dataDir, {
    "vendors/microsoft.yaml": readFileSync(join(fixtureData, "vendors", "microsoft.yaml"), "utf8"),
    "vendors/crowdstrike.yaml": readFileSync(
      join(fixtureData, "vendors", "crowdstrike.yaml"),
      "utf8",
    ),
  });
  const fix = await runCli(["fix", "--data", dataDir], {
    env: { SOURCE_DATE_EPOCH: "1748822400" },
  });
  expect(fix.code, fix.stderr).toBe(0);
  const out = join(work, "dist");
  const build = await runCli(["build", "--data", dataDir, "--out", out]);
  expect(build.code, build.stderr).toBe(0);
  data = JSON.parse(readFileSync(join(out, "actormap.json"), "utf8"));
  siteUrl = pathToFileURL(join(out, "site", "index.html")).href;
  mkdirSync(screenshots, { recursive: true });
  context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Containers often have a tiny /dev/shm; Chromium then crashes on larger pages.
      "--disable-dev-shm-usage",
    ],
    viewport: { width: 1100, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(hash = ""): Promise<Page> {
  const page = await context.newPage();
  page.on("request", (request) => {
    if (!request.url().startsWith("file://")) outside.push(request.url());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(siteUrl + hash);
  return page;
}

const cards = (page: Page) => page.locator("#cards .card");
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("the site in Chromium", () => {
  afterEach(async () => {
    for (const page of context.pages()) await page.close();
    expect(outside, "requests outside file://").toEqual([]);
    expect(errors, "script errors").toEqual([]);
  });
  beforeEach(() => {
    outside = [];
    errors = [];
  });

  it("shows the cluster card with every vendor's name while 'cozy bear' is typed", async () => {
    const page = await open();
    await expect.poll(() => cards(page).count()).toBe(data.clusters.length);
    await page.locator("#q").pressSequentially("cozy bear");
    await expect.poll(() => cards(page).count()).toBe(1);
    const card = cards(page).first();
    expect(await card.locator("h2").textContent()).toBe("Midnight Blizzard");
    const names = await card.locator(".names dd strong").allTextContents();
    expect(names).toEqual(["Midnight Blizzard", "COZY BEAR"]);
    expect(await card.locator(".names").textContent()).toContain("NOBELIUM");
    expect(await page.locator("#status").textContent()).toBe("1 cluster matches “cozy bear”.");
    expect(await page.locator("#status").getAttribute("aria-live")).toBe("polite");
    const sources = await card
      .locator(".mappings .sources a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(sources).toContain(
      "https://www.crowdstrike.com/en-us/blog/crowdstrike-microsoft-adversary-naming-collaboration/",
    );
    expect(await card.locator(".badge").allTextContents()).toEqual(["mutual"]);
    await page.screenshot({ path: join(screenshots, "search-cozy-bear.png"), fullPage: true });
  });

  it("finds a cluster by alias, by any spelling of a name and by its first letters", async () => {
    const page = await open();
    await page.locator("#q").fill("nobelium");
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["Midnight Blizzard"]);
    await page.locator("#q").fill("ＣＯＺＹ-bear");
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["Midnight Blizzard"]);
    await page.locator("#q").fill("Sle");
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["Diamond Sleet", "Jade Sleet"]);
  });

  it("suggests the nearest names for a typo, and a suggestion runs the search", async () => {
    const page = await open();
    await page.locator("#q").fill("cozy baer");
    await expect.poll(() => cards(page).count()).toBe(0);
    expect(await page.locator("#status").textContent()).toContain("No name matches");
    const suggestion = page.locator("#suggestions button", { hasText: "COZY BEAR" });
    await suggestion.click();
    expect(await page.locator("#q").inputValue()).toBe("COZY BEAR");
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["Midnight Blizzard"]);
  });

  it("opens one cluster's card from its permalink, and follows related-cluster links", async () => {
    const jade = clusterUuid("Jade Sleet");
    const page = await open(`#${jade}`);
    await expect.poll(() => cards(page).locator("h2").allTextContents()).toEqual(["Jade Sleet"]);
    expect(await focusedId(page)).toBe(jade);
    expect(await page.locator("#status").textContent()).toBe("Showing Jade Sleet.");
    await cards(page).locator(".relations a", { hasText: "LABYRINTH CHOLLIMA" }).click();
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["LABYRINTH CHOLLIMA"]);
    expect(page.url()).toBe(`${siteUrl}#${clusterUuid("LABYRINTH CHOLLIMA")}`);
    await page.screenshot({ path: join(screenshots, "permalink.png"), fullPage: true });
    await page.locator("#show-all").click();
    await expect.poll(() => cards(page).count()).toBe(data.clusters.length);
    expect(page.url()).toBe(siteUrl);
    await page.goBack();
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["LABYRINTH CHOLLIMA"]);
  });

  it("works with the keyboard alone: search, Enter to the results, a permalink, the table", async () => {
    const page = await open();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to results");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("q");
    await page.keyboard.type("cozy bear");
    await page.keyboard.press("Enter");
    const cozy = clusterUuid("Midnight Blizzard");
    expect(await focusedId(page)).toBe(cozy);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Permalink to Midnight Blizzard",
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toBe(`${siteUrl}#${cozy}`);
    expect(await focusedId(page)).toBe(cozy);
    // A visible focus ring on every focused control.
    await page.locator("#view-table").focus();
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
    ).toBe("solid");
    await page.keyboard.press("Enter");
    expect(await page.locator("#table").isVisible()).toBe(true);
    expect(await page.locator("#view-table").getAttribute("aria-pressed")).toBe("true");
  });

  it("sorts the crosswalk table by any vendor's column, by click or keyboard", async () => {
    const page = await open();
    await page.locator("#view-table").click();
    const firstColumn = () => page.locator(".crosswalk tbody tr th").allTextContents();
    const labels = data.clusters
      .map((c) => c.label)
      .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    expect(await firstColumn()).toEqual(labels);
    const header = page.locator(".crosswalk thead button", { hasText: "Cluster" });
    await header.focus();
    await page.keyboard.press("Enter");
    expect(await firstColumn()).toEqual([...labels].reverse());
    expect(await page.locator(".crosswalk thead th").first().getAttribute("aria-sort")).toBe(
      "descending",
    );
    await page.locator(".crosswalk thead button", { hasText: "CrowdStrike" }).click();
    const crowdstrike = await page
      .locator(".crosswalk tbody tr td:nth-of-type(1)")
      .allTextContents();
    const named = crowdstrike.filter((cell) => cell !== "");
    expect(crowdstrike.slice(0, named.length)).toEqual(named);
    expect(named).toEqual([...named].sort());
    await page.screenshot({ path: join(screenshots, "table.png"), fullPage: true });
  });

  it("shows a name holding markup as text, never as HTML", async () => {
    const page = await open();
    await page.locator("#q").fill("storm-0000");
    await expect
      .poll(() => cards(page).locator("h2").allTextContents())
      .toEqual(["Storm-0000 <img src=x onerror=alert(1)>"]);
    expect(await page.locator("main img").count()).toBe(0);
  });

  it("fits a phone's screen without sideways scrolling", async () => {
    const page = await open();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.locator("#q").fill("sleet");
    await expect.poll(() => cards(page).count()).toBe(2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: join(screenshots, "phone.png"), fullPage: true });
  });
});
