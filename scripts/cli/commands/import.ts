import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { VendorFolder } from "../../import/existing-vendors.js";
import { importers } from "../../import/formats.js";
import { decodeInput } from "../../import/input-text.js";
import { formatSummary } from "../../import/summary.js";
import { writeVendors } from "../../import/write-vendor.js";
import { type Command, UsageError } from "../command.js";

export const importCommand: Command = {
  name: "import",
  summary: "Read a vendor's published list into vendor files, keeping what was curated",
  args: "FORMAT FILE",
  positionals: [2, 2],
  details: [
    "Formats:",
    ...importers.map((importer) => `  ${importer.format.padEnd(8)}${importer.summary}`),
    "",
    "Writes DIR/vendors/<vendor>.yaml in canonical form. An existing file is merged into: actors,",
    "aliases and mappings are added or updated, never removed (what the input no longer has is",
    "kept and listed), uuids, comments and curated fields stay. The summary lists actors added,",
    "updated and unchanged, and every name the input holds that could not be attributed.",
    "Invalid input fails with file:line:column and nothing is written.",
    "Example: actormap import mstic MicrosoftMapping.json && actormap fix",
  ].join("\n"),
  options: {
    ...Object.assign({}, ...importers.map((importer) => importer.options ?? {})),
    vendor: {
      type: "string",
      value: "ID",
      description:
        "which vendor's file to write, for formats that hold several (mstic: microsoft or crowdstrike)",
    },
    out: {
      type: "string",
      value: "DIR",
      description: "the data folder to write into (default: data)",
    },
    source: {
      type: "string",
      value: "URL",
      description:
        "the public address to cite in mappings (default: the format's own list address)",
    },
  },
  async run({ values, positionals }, io) {
    const [format = "", file = ""] = positionals;
    const importer = importers.find((candidate) => candidate.format === format);
    if (!importer) {
      throw new UsageError(
        `unknown format "${format}": use ${importers.map((i) => i.format).join(", ")}`,
      );
    }
    const source = typeof values.source === "string" ? values.source : undefined;
    if (source !== undefined && !/^https?:\/\/\S+$/.test(source)) {
      throw new UsageError(
        `--source must be a web address starting with https://, not "${source}"`,
      );
    }
    if (!statSync(resolve(io.cwd, file), { throwIfNoEntry: false })?.isFile()) {
      throw new UsageError(`input file "${file}" not found`);
    }
    const folder = new VendorFolder(typeof values.out === "string" ? values.out : "data");
    const result = importer.read({
      file,
      text: decodeInput(file, readFileSync(resolve(io.cwd, file))),
      vendor: typeof values.vendor === "string" ? values.vendor : undefined,
      source,
      existing: folder,
      options: values,
    });
    const written = writeVendors(folder, result.vendors);
    io.stdout(formatSummary(written, result));
    return 0;
  },
};
