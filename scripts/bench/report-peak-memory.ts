// Preloaded into each benchmarked process (`node --import`): on exit, writes the process's peak
// resident set size in kilobytes to the file named by ACTORMAP_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.ACTORMAP_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
