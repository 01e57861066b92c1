import type { Measurement } from "./measure.js";

export interface Row extends Measurement {
  /** Actors in the dataset, or a label for runs on other data. */
  dataset: string;
  actors: number | undefined;
  /** Size of the vendor files in bytes. */
  bytes: number | undefined;
  command: string;
}

/** Targets from issues 2 and 3, at the largest size and between the two largest sizes. */
const TARGETS = {
  validateVsFloor: 3,
  buildVsFloor: 5,
  peakMb: 2048,
  /** 10× the data may cost at most 12× the time. */
  scaling: 12 / 10,
  /** MISP's own CI check of its threat-actor galaxy (python jsonschema -i), in seconds. */
  realDataSeconds: 0.47,
};

const fmt = (n: number | undefined, digits: number) => (n === undefined ? "" : n.toFixed(digits));

function find(rows: Row[], actors: number | undefined, command: string): Row | undefined {
  return rows.find((row) => row.actors === actors && row.command === command);
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a / b;
}

export function printTable(rows: Row[]): void {
  const header = ["dataset", "YAML MB", "command", "wall s", "cpu s", "peak MB", "exit", "× floor"];
  const lines = rows.map((row) => [
    row.dataset,
    fmt(row.bytes === undefined ? undefined : row.bytes / 1e6, 1),
    row.command,
    fmt(row.seconds, 2),
    fmt(row.cpuSeconds, 2),
    fmt(row.peakMb, 0),
    String(row.code),
    fmt(ratio(row.seconds, find(rows, row.actors, "floor")?.seconds), 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  for (const line of [header, ...lines]) {
    process.stdout.write(`${line.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ")}\n`);
  }
  for (const row of rows.filter((r) => r.code !== 0)) {
    process.stdout.write(
      `\n${row.command} on ${row.dataset} exited ${row.code}:\n${row.stderrTail}\n`,
    );
  }
}

/** One target: the measured wall-time value (CPU-time value alongside) against its limit. */
interface Check {
  label: string;
  wall: number | undefined;
  cpu: number | undefined;
  limit: number;
  unit: string;
}

export function printTargets(rows: Row[]): void {
  const sizes = [...new Set(rows.flatMap((row) => (row.actors === undefined ? [] : [row.actors])))];
  sizes.sort((a, b) => a - b);
  const largest = sizes.at(-1);
  const previous = sizes.at(-2);
  const checks: Check[] = [];
  if (largest !== undefined) {
    const floor = find(rows, largest, "floor");
    for (const [command, limit] of [
      ["validate", TARGETS.validateVsFloor],
      ["build", TARGETS.buildVsFloor],
    ] as const) {
      const row = find(rows, largest, command);
      checks.push({
        label: `${command} ≤ ${limit}× floor`,
        wall: ratio(row?.seconds, floor?.seconds),
        cpu: ratio(row?.cpuSeconds, floor?.cpuSeconds),
        limit,
        unit: "×",
      });
    }
    const peak = Math.max(...rows.filter((r) => r.actors === largest).map((r) => r.peakMb ?? 0));
    checks.push({
      label: `peak memory ≤ ${TARGETS.peakMb} MB`,
      wall: peak,
      cpu: undefined,
      limit: TARGETS.peakMb,
      unit: " MB",
    });
  }
  if (largest !== undefined && previous !== undefined) {
    const growth = largest / previous;
    for (const command of ["fix", "validate", "build"]) {
      const big = find(rows, largest, command);
      const small = find(rows, previous, command);
      checks.push({
        label: `${command}: ${growth}× the data ≤ ${fmt(TARGETS.scaling * growth, 1)}× the time`,
        wall: ratio(big?.seconds, small?.seconds),
        cpu: ratio(big?.cpuSeconds, small?.cpuSeconds),
        limit: TARGETS.scaling * growth,
        unit: "×",
      });
    }
  }
  const real = rows.find((row) => row.dataset === "data/" && row.command === "validate");
  checks.push({
    label: `validate on data/ ≤ ${TARGETS.realDataSeconds} s (MISP's galaxy check)`,
    wall: real?.seconds,
    cpu: real?.cpuSeconds,
    limit: TARGETS.realDataSeconds,
    unit: " s",
  });

  process.stdout.write(
    `\nTargets${largest === undefined ? "" : ` (at ${largest} actors)`}, on wall time:\n`,
  );
  for (const { label, wall, cpu, limit, unit } of checks) {
    const verdict = wall === undefined ? "not measured" : wall <= limit ? "ok" : "MISSED";
    const value =
      wall === undefined
        ? ""
        : `${fmt(wall, 2)}${unit}${cpu === undefined ? "" : ` (cpu ${fmt(cpu, 2)}${unit})`} `;
    process.stdout.write(`  ${label}: ${value}${verdict}\n`);
  }
}
