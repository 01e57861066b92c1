import { parse } from "csv-parse/sync";
import { inputError } from "../input-text.js";

export interface TableRow {
  /** 1-based line where the row ends. */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
  notes: string[];
}

/**
 * Reads CSV text (RFC 4180, LF or CRLF line ends; a byte order mark is removed before) into a
 * header and rows. A row with fewer cells than the header is read with the missing cells empty
 * (noted); a row with more fails, since a cell would be lost.
 */
export function readTable(file: string, text: string): Table {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (cause) {
    const error = cause as Error & { lines?: number; column?: number };
    throw inputError(
      file,
      { line: error.lines ?? 1, column: (error.column ?? 0) + 1 },
      `not valid CSV: ${error.message}`,
    );
  }
  const [first, ...rest] = records;
  if (!first)
    throw inputError(file, { line: 1, column: 1 }, "the file is empty: expected a header line");
  const header = first.record.map((cell) => cell.trim());
  const notes: string[] = [];
  const rows = rest.map(({ record, info }): TableRow => {
    if (record.length > header.length) {
      throw inputError(
        file,
        { line: info.lines, column: 1 },
        `this row has ${record.length} cells but the header has ${header.length}: quote a cell that holds a comma`,
      );
    }
    if (record.length < header.length) {
      notes.push(
        `${file}:${info.lines}: ${record.length} cells where the header has ${header.length}; the missing cells are read as empty`,
      );
    }
    const cells = header.map((_, i) => (record[i] ?? "").trim());
    return { line: info.lines, cells };
  });
  return { header, rows, notes };
}

/** The names in one cell: separated by "/", "," or "|". */
export function cellNames(cell: string): string[] {
  return cell
    .split(/[/,|]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
