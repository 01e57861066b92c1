// `npm run bench`: wall time, CPU time and peak memory of the compiled CLI on synthetic datasets
// of 20 vendors × 500 and × 5,000 actors (other sizes: `node lib/scripts/bench/run.js 100 1000`),
// against the js-yaml parse floor, and of `validate` on the repository's own data/.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { commandLoaders } from "../cli/commands/index.js";
import { packageRoot } from "../core/paths.js";
import { type Measurement, measureNode } from "./measure.js";
import { printTable, printTargets, type Row } from "./report.js";
import { writeSyntheticDataset } from "./write-dataset.js";

const VENDORS = 20;
const bin = join(packageRoot, "bin", "actormap.js");
const floorScript = fileURLToPath(new URL("./floor.js", import.meta.url));
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [500, 5000];
const hasBuild = "build" in commandLoaders;

async function benchDataset(actorsPerVendor: number): Promise<Row[]> {
  const root = mkdtempSync(join(tmpdir(), "actormap-bench-"));
  try {
    const actors = VENDORS * actorsPerVendor;
    const bytes = writeSyntheticDataset(join(root, "data"), VENDORS, actorsPerVendor);
    const runs = actors > 20_000 ? 1 : 3;
    const cli = (args: string[], times = runs) => measureNode(bin, args, root, times);
    const measured: [string, Measurement][] = [
      ["fix (first run)", await cli(["fix"], 1)],
      ["fix", await cli(["fix"])],
      ["validate", await cli(["validate"])],
    ];
    if (hasBuild) measured.push(["build", await cli(["build", "--out", join(root, "dist")])]);
    measured.push(["floor", await measureNode(floorScript, ["data"], root, runs)]);
    const dataset = String(actors);
    return measured.map(([command, m]) => ({ dataset, actors, bytes, command, ...m }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rows: Row[] = [];
for (const size of sizes) {
  process.stderr.write(`benchmarking ${VENDORS} vendors × ${size} actors...\n`);
  rows.push(...(await benchDataset(size)));
}
const repository = { actors: undefined, bytes: undefined };
rows.push({
  dataset: "node",
  ...repository,
  command: "--help (start-up)",
  ...(await measureNode(bin, ["--help"], packageRoot, 5)),
});
if (existsSync(join(packageRoot, "data", "vendors"))) {
  rows.push({
    dataset: "data/",
    ...repository,
    command: "validate",
    ...(await measureNode(bin, ["validate"], packageRoot, 5)),
  });
}

printTable(rows);
printTargets(rows);
process.exitCode = rows.some((row) => row.code !== 0) ? 1 : 0;
