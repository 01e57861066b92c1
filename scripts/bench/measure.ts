import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measurement {
  /** Wall time of the fastest run, in seconds. */
  seconds: number;
  /** Highest peak resident set size over the runs, in MB; undefined if never reported. */
  peakMb: number | undefined;
  /** Exit code of the last run. */
  code: number;
  /** The end of stderr of the last run, to explain a failure. */
  stderrTail: string;
}

const peakMemoryReporter = new URL("./report-peak-memory.js", import.meta.url).href;

/** Runs `node SCRIPT ARGS` in `cwd` `runs` times as a child process and measures it. */
export async function measureNode(
  script: string,
  args: string[],
  cwd: string,
  runs: number,
): Promise<Measurement> {
  const scratch = mkdtempSync(join(tmpdir(), "actormap-bench-rss-"));
  try {
    let best: Measurement | undefined;
    for (let run = 0; run < runs; run++) {
      const rssFile = join(scratch, `rss-${run}`);
      const started = performance.now();
      const { code, stderr } = await runChild(
        ["--import", peakMemoryReporter, script, ...args],
        cwd,
        rssFile,
      );
      const seconds = (performance.now() - started) / 1000;
      const peakMb = readPeakMb(rssFile);
      best = {
        seconds: Math.min(seconds, best?.seconds ?? Number.POSITIVE_INFINITY),
        peakMb: Math.max(peakMb ?? 0, best?.peakMb ?? 0) || undefined,
        code,
        stderrTail: stderr.slice(-500),
      };
    }
    if (!best) throw new Error("measureNode needs at least one run");
    return best;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readPeakMb(file: string): number | undefined {
  try {
    return Number(readFileSync(file, "utf8")) / 1024;
  } catch {
    return undefined; // the process died before its exit handler ran
  }
}

function runChild(
  args: string[],
  cwd: string,
  rssFile: string,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ACTORMAP_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}
