import { UsageError } from "../../cli/command.js";
import { compareText } from "../../core/diagnostic.js";
import type { Vendor } from "../../generated/vendor-file.js";
import { inputError } from "../input-text.js";
import { authorityById } from "../misp/authorities.js";
import { settleRelations } from "../settle-relations.js";
import type { Importer, ImportInput } from "../types.js";
import { chooseCitation, citedUrls } from "./citations.js";
import { type CrosswalkRow, crosswalkActors } from "./crosswalk-actors.js";
import { cellNames, readTable } from "./read-table.js";

/** "A=b,C=d" → [["A", "b"], ["C", "d"]]; `what` names the option in errors. */
function pairs(value: string, what: string): [string, string][] {
  return value.split(",").map((item) => {
    const at = item.lastIndexOf("=");
    const key = item.slice(0, at).trim();
    const target = item.slice(at + 1).trim();
    if (at < 1 || target === "") throw new UsageError(`${what}: "${item}" is not NAME=VALUE`);
    return [key, target];
  });
}

function option(input: ImportInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === "string" ? value : undefined;
}

/** The vendor block of a file the import writes: the file's own, or a known authority's. */
function vendorBlock(input: ImportInput, id: string): Vendor {
  const vendor = input.existing.get(id)?.vendor ?? authorityById(id)?.vendor;
  if (!vendor) {
    throw new UsageError(
      `there is no vendors/${id}.yaml to import into: create it with its vendor block first`,
    );
  }
  return vendor;
}

/**
 * A crosswalk spreadsheet: one column per vendor, one row per actor. Writes the files of the
 * vendors named with --vendor (by default every vendor column) with mappings between the
 * names of each row.
 */
export const csvImporter: Importer = {
  format: "csv",
  summary: "a crosswalk spreadsheet, one column per vendor (--map, --source or --source-column)",
  options: {
    map: {
      type: "string",
      value: "COLUMN=VENDOR,...",
      description:
        "csv: which column holds which vendor's names (default: headers that are vendor ids)",
    },
    "source-column": {
      type: "string",
      value: "COLUMN",
      description:
        "csv: a column citing each row's sources (web addresses or owner/repo:path@commit)",
    },
    "prefer-source": {
      type: "string",
      value: "VENDOR=TEXT,...",
      description: "csv: for mappings to (else from) VENDOR, cite the row's source containing TEXT",
    },
  },
  read(input) {
    const sourceColumn = option(input, "source-column");
    if (input.source === undefined && sourceColumn === undefined) {
      throw new UsageError(
        "csv needs --source URL (where the crosswalk is published) or --source-column",
      );
    }
    const table = readTable(input.file, input.text);
    const notes = [...table.notes];
    const columns = new Map<number, string>();
    const map = option(input, "map");
    if (map !== undefined) {
      for (const [header, vendor] of pairs(map, "--map")) {
        const index = table.header.indexOf(header);
        if (index < 0) {
          throw inputError(
            input.file,
            { line: 1, column: 1 },
            `the header has no column "${header}" (named in --map)`,
          );
        }
        columns.set(index, vendor);
      }
    } else {
      table.header.forEach((header, index) => {
        if (input.existing.has(header) || authorityById(header)) columns.set(index, header);
      });
    }
    if (columns.size === 0) {
      throw inputError(
        input.file,
        { line: 1, column: 1 },
        "no column names a vendor: the first line must be a header of vendor ids, or name the columns with --map",
      );
    }
    const sourceIndex = sourceColumn === undefined ? -1 : table.header.indexOf(sourceColumn);
    if (sourceColumn !== undefined && sourceIndex < 0) {
      throw inputError(
        input.file,
        { line: 1, column: 1 },
        `the header has no column "${sourceColumn}" (--source-column)`,
      );
    }
    const ignored = table.header.filter((_, i) => !columns.has(i) && i !== sourceIndex);
    if (ignored.length > 0) notes.push(`columns not read (no vendor): ${ignored.join(", ")}`);

    const vendorIds = [...new Set(columns.values())];
    const write = (input.vendor?.split(",").map((id) => id.trim()) ?? vendorIds).map((id) => {
      if (!vendorIds.includes(id))
        throw new UsageError(`--vendor ${id}: no column holds ${id}'s names`);
      return vendorBlock(input, id);
    });
    const preferred = new Map<string, string[]>();
    const preferSource = option(input, "prefer-source");
    for (const [vendor, fragment] of preferSource ? pairs(preferSource, "--prefer-source") : []) {
      preferred.set(vendor, [...(preferred.get(vendor) ?? []), fragment]);
    }
    const rows = table.rows.map((row): CrosswalkRow => {
      const names = new Map<string, string[]>();
      for (const [index, vendor] of columns) {
        const cell = cellNames(row.cells[index] ?? "");
        if (cell.length > 0) names.set(vendor, [...(names.get(vendor) ?? []), ...cell]);
      }
      const urls = sourceIndex < 0 ? [] : citedUrls(row.cells[sourceIndex] ?? "");
      if (urls.length === 0 && input.source === undefined && names.size > 1) {
        throw inputError(
          input.file,
          { line: row.line, column: sourceIndex + 1 },
          "this row cites no source: give a web address",
        );
      }
      return {
        line: row.line,
        names,
        sourceFor: (target, writer) =>
          chooseCitation(urls, [target, writer], preferred) ?? input.source ?? "",
      };
    });
    const result = crosswalkActors({
      rows,
      write,
      existing: input.existing,
      source: input.source ?? "",
    });
    result.unattributed.sort((a, b) => compareText(a.name, b.name));
    return settleRelations({ ...result, notes: [...notes, ...result.notes] }, input.existing);
  },
};
