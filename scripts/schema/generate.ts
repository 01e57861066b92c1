// `npm run generate`: writes every generated module in scripts/generated/ from schema/.
// `--check` fails when one is stale instead (the tests check the same).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../core/paths.js";
import { generatedTypes, renderTypes } from "./generate-types.js";
import { generatedValidators, renderValidator } from "./generate-validators.js";

async function run(check: boolean): Promise<number> {
  const outputs: [string, () => string | Promise<string>][] = [
    ...Object.entries(generatedTypes).map(([schema, out]) => [out, () => renderTypes(schema)]),
    ...Object.entries(generatedValidators).map(([schema, out]) => [
      out,
      () => renderValidator(schema),
    ]),
  ] as [string, () => string | Promise<string>][];
  let stale = 0;
  for (const [out, render] of outputs) {
    const target = join(packageRoot, "scripts", "generated", out);
    const text = await render();
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {}
    if (current === text) continue;
    if (check) {
      console.error(`scripts/generated/${out} is stale: run \`npm run generate\``);
      stale++;
    } else {
      writeFileSync(target, text);
      console.log(`wrote scripts/generated/${out}`);
    }
  }
  return stale === 0 ? 0 : 1;
}

process.exitCode = await run(process.argv.includes("--check"));
