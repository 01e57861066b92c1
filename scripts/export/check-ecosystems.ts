// Development check, not part of the test suite: validates a build's output against the
// ecosystems' own schemas, which are not in the project (../shared/ref): every STIX object
// against its type's OASIS STIX 2.1 schema, the MISP galaxy and cluster files against MISP's
// schema_galaxies.json and schema_clusters.json, and our own published schemas on the side.
//   npm run check-exports -- [--ref DIR (../shared/ref)] [--dist DIR (dist)]
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Ajv } from "ajv";
import { Ajv2020, type AnySchema, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";
import { schemaDir } from "../core/paths.js";
import { mispGalaxyType } from "./misp.js";
import type { StixBundle } from "./stix.js";
import { actormapExtension } from "./stix-constants.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

const { values } = parseArgs({
  options: {
    ref: { type: "string", default: "../shared/ref" },
    dist: { type: "string", default: "dist" },
  },
});
const ref = resolve(values.ref as string);
const dist = resolve(values.dist as string);

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"))
    .map((name) => join(dir, name));
}

/** OASIS schemas as ../shared/ref/README.md says: 2020-12, strict off, no unicode regexps, idn-hostname. */
function oasisValidators(): (type: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("idn-hostname", true);
  const root = join(ref, "stix2-json-schemas", "schemas");
  for (const file of jsonFiles(root)) ajv.addSchema(readJson(file) as AnySchema);
  const base =
    "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
  const folders: Record<string, string> = {
    identity: "sdos",
    "intrusion-set": "sdos",
    relationship: "sros",
    "marking-definition": "common",
    "extension-definition": "common",
    bundle: "common",
  };
  return (type) => {
    const folder = folders[type];
    const validate = folder ? ajv.getSchema(`${base}${folder}/${type}.json`) : undefined;
    if (!validate) throw new Error(`no OASIS schema for ${type}`);
    return validate;
  };
}

/** MISP's schemas declare no known draft ("http://json-schema.org/schema#"); ajv reads them as draft-07. */
function mispValidator(file: string): ValidateFunction {
  const {
    $schema: _s,
    id: _id,
    ...schema
  } = readJson(join(ref, "misp-galaxy", file)) as Record<string, unknown>;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

function ownValidator(file: string): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson(join(schemaDir, file)) as AnySchema);
}

let failures = 0;
function report(what: string, validate: ValidateFunction, value: unknown): void {
  if (validate(value)) return;
  failures++;
  console.error(`FAIL ${what}: ${JSON.stringify(validate.errors, null, 1)}`);
}

const stixFile = join(dist, "actormap.stix.json");
const bundle = readJson(stixFile) as StixBundle;
const oasis = oasisValidators();
const extension = ownValidator("stix-extension.schema.json");
const counts = new Map<string, number>();
for (const object of bundle.objects) {
  counts.set(object.type, (counts.get(object.type) ?? 0) + 1);
  report(`${object.id} (OASIS ${object.type})`, oasis(object.type), object);
  const own = (object.extensions as Record<string, unknown> | undefined)?.[actormapExtension.id];
  if (own !== undefined) report(`${object.id} (stix-extension.schema.json)`, extension, own);
}
// The OASIS bundle schema does not know extension-definition objects: check the rest with it.
report("bundle (OASIS bundle)", oasis("bundle"), {
  ...bundle,
  objects: bundle.objects.filter((o) => o.type !== "extension-definition"),
});
report(
  "actormap.json (export.schema.json)",
  ownValidator("export.schema.json"),
  readJson(join(dist, "actormap.json")),
);
const galaxy = join(dist, "misp", "galaxies", `${mispGalaxyType}.json`);
const clusters = join(dist, "misp", "clusters", `${mispGalaxyType}.json`);
report(relative(dist, galaxy), mispValidator("schema_galaxies.json"), readJson(galaxy));
report(relative(dist, clusters), mispValidator("schema_clusters.json"), readJson(clusters));

const summary = [...counts].map(([type, count]) => `${count} ${type}`).join(", ");
console.log(
  failures === 0
    ? `ok: ${bundle.objects.length} STIX objects (${summary}) accepted by the OASIS STIX 2.1 schemas; MISP galaxy and cluster files accepted by MISP's schemas; actormap.json accepted by export.schema.json`
    : `${failures} check(s) failed`,
);
process.exitCode = failures === 0 ? 0 : 1;
