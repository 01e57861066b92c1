// The speed floor `validate` is measured against: the same bytes parsed by js-yaml with its
// core schema and no positions, nothing else. Usage: node floor.js DATA_DIR
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";

const dir = process.argv[2] ?? "data";
const vendorDir = join(dir, "vendors");
const files = [
  ...readdirSync(vendorDir)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(vendorDir, name)),
  join(dir, "clusters.yaml"),
];
let documents = 0;
for (const file of files) {
  if (load(readFileSync(file, "utf8"), { schema: CORE_SCHEMA }) !== undefined) documents++;
}
process.stdout.write(`${documents} documents\n`);
