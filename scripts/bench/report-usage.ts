// Preloaded into each benchmarked process (`node --import`): on exit, writes the process's peak
// resident set size in kilobytes and its CPU time in microseconds to ACTORMAP_BENCH_USAGE_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.ACTORMAP_BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
  });
}
