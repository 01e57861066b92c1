import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measurement {
  /** Wall time of the fastest run, in seconds. */
  seconds: number;
  /** CPU time (user + system) of the fastest run, in seconds: steadier than wall time on a busy machine. */
  cpuSeconds: number | undefined;
  /** Highest peak resident set size over the runs, in MB; undefined if never reported. */
  peakMb: number | undefined;
  /** Exit code of the last run. */
  code: number;
  /** The end of stderr of the last run, to explain a failure. */
  stderrTail: string;
}

const usageReporter = new URL("./report-usage.js", import.meta.url).href;

/** Runs `node SCRIPT ARGS` in `cwd` `runs` times as a child process and measures it. */
export async function measureNode(
  script: string,
  args: string[],
  cwd: string,
  runs: number,
): Promise<Measurement> {
  const scratch = mkdtempSync(join(tmpdir(), "actormap-bench-usage-"));
  try {
    let best: Measurement | undefined;
    for (let run = 0; run < runs; run++) {
      const usageFile = join(scratch, `usage-${run}.json`);
      const started = performance.now();
      const { code, stderr } = await runChild(
        ["--import", usageReporter, script, ...args],
        cwd,
        usageFile,
      );
      const seconds = (performance.now() - started) / 1000;
      const usage = readUsage(usageFile);
      const fastest = !best || seconds < best.seconds;
      best = {
        seconds: fastest ? seconds : (best?.seconds ?? seconds),
        cpuSeconds: fastest ? usage?.cpuSeconds : best?.cpuSeconds,
        peakMb: Math.max(usage?.peakMb ?? 0, best?.peakMb ?? 0) || undefined,
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

function readUsage(file: string): { peakMb: number; cpuSeconds: number } | undefined {
  try {
    const { maxRSS, cpu } = JSON.parse(readFileSync(file, "utf8")) as {
      maxRSS: number;
      cpu: number;
    };
    return { peakMb: maxRSS / 1024, cpuSeconds: cpu / 1e6 };
  } catch {
    return undefined; // the process died before its exit handler ran
  }
}

function runChild(
  args: string[],
  cwd: string,
  usageFile: string,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ACTORMAP_BENCH_USAGE_FILE: usageFile },
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
