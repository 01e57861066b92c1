import type { Measurement } from "./measure.js";

export interface Row extends Measurement {
  actors: number;
  /** Size of the vendor files in bytes. */
  bytes: number;
  command: string;
}

/** Targets from the issues: at the largest size, and between the two largest sizes. */
const TARGETS = {
  validateVsFloor: 3,
  buildVsFloor: 5,
  peakMb: 2048,
  /** 10× the data may cost at most 12× the time. */
  scaling: 12,
  /** MISP's own CI check of its threat-actor galaxy (python jsonschema -i), in seconds. */
  realDataSeconds: 0.47,
};

const fmt = (n: number | undefined, digits: number) =>
  n === undefined ? "n/a" : n.toFixed(digits);

function floorOf(rows: Row[], actors: number): Row | undefined {
  return rows.find((row) => row.actors === actors && row.command === "floor");
}

export function printTable(rows: Row[], realData: Measurement | undefined): void {
  const header = ["actors", "YAML MB", "command", "wall s", "peak MB", "exit", "× floor"];
  const lines = rows.map((row) => {
    const floor = floorOf(rows, row.actors);
    return [
      String(row.actors),
      fmt(row.bytes / 1e6, 1),
      row.command,
      fmt(row.seconds, 2),
      fmt(row.peakMb, 0),
      String(row.code),
      floor ? fmt(row.seconds / floor.seconds, 2) : "",
    ];
  });
  if (realData) {
    lines.push([
      "data/",
      "",
      "validate",
      fmt(realData.seconds, 2),
      fmt(realData.peakMb, 0),
      String(realData.code),
      "",
    ]);
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.map((line) => line[i]?.length ?? 0)),
  );
  for (const line of [header, ...lines]) {
    process.stdout.write(`${line.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ")}\n`);
  }
  for (const row of rows.filter((r) => r.code !== 0)) {
    process.stdout.write(
      `\n${row.command} on ${row.actors} actors exited ${row.code}:\n${row.stderrTail}\n`,
    );
  }
}

function verdict(value: number | undefined, limit: number): string {
  if (value === undefined) return "not measured";
  return value <= limit ? "ok" : "MISSED";
}

export function printTargets(rows: Row[], realData: Measurement | undefined): void {
  const sizes = [...new Set(rows.map((row) => row.actors))].sort((a, b) => a - b);
  const largest = sizes.at(-1);
  const previous = sizes.at(-2);
  if (largest === undefined) return;
  const at = (actors: number | undefined, command: string) =>
    rows.find((row) => row.actors === actors && row.command === command);
  const floor = at(largest, "floor");
  const ratio = (command: string) => {
    const row = at(largest, command);
    return row && floor ? row.seconds / floor.seconds : undefined;
  };
  const lines: [string, number | undefined, number, string][] = [
    [
      `validate ≤ ${TARGETS.validateVsFloor}× floor`,
      ratio("validate"),
      TARGETS.validateVsFloor,
      "×",
    ],
    [`build ≤ ${TARGETS.buildVsFloor}× floor`, ratio("build"), TARGETS.buildVsFloor, "×"],
    [
      `peak memory ≤ ${TARGETS.peakMb} MB`,
      Math.max(...rows.filter((r) => r.actors === largest).map((r) => r.peakMb ?? 0)),
      TARGETS.peakMb,
      " MB",
    ],
  ];
  if (previous !== undefined) {
    const growth = largest / previous;
    for (const command of ["fix", "validate", "build"]) {
      const big = at(largest, command);
      const small = at(previous, command);
      lines.push([
        `${command}: ${growth}× the data ≤ ${(TARGETS.scaling * growth) / 10}× the time`,
        big && small ? big.seconds / small.seconds : undefined,
        (TARGETS.scaling * growth) / 10,
        "×",
      ]);
    }
  }
  lines.push([
    `validate on data/ ≤ ${TARGETS.realDataSeconds} s (MISP's galaxy check)`,
    realData?.seconds,
    TARGETS.realDataSeconds,
    " s",
  ]);
  process.stdout.write(`\nTargets (at ${largest} actors):\n`);
  for (const [label, value, limit, unit] of lines) {
    process.stdout.write(
      `  ${label}: ${value === undefined ? "" : `${fmt(value, 2)}${unit} `}${verdict(value, limit)}\n`,
    );
  }
}
