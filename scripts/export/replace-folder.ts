import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../cli/command.js";

/**
 * Writes `files` (relative path → content, written as they come) into a new folder beside `out` and
 * renames it into place, so `out` is either the old output, whole, or the new one; returns how
 * many files it wrote. Expected failures (read-only target, full disk) become a one-line
 * UserError naming `shown` (the folder as the user gave it) and leave `out` untouched.
 */
export function replaceFolder(
  out: string,
  files: Iterable<[string, string | Uint8Array]>,
  shown: string = out,
): number {
  const parent = dirname(out);
  let staging: string | undefined;
  let previous: string | undefined;
  let written = 0;
  try {
    const existing = statSync(out, { throwIfNoEntry: false });
    if (existing && !existing.isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
    // rename() needs only the parent to be writable; a read-only output folder means "keep it".
    if (existing) accessSync(out, constants.W_OK);
    mkdirSync(parent, { recursive: true });
    staging = mkdtempSync(join(parent, `.${basename(out)}.new-`));
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
      written++;
    }
    if (existing) {
      previous = join(parent, basename(staging).replace(".new-", ".old-"));
      renameSync(out, previous);
    }
    try {
      renameSync(staging, out);
    } catch (error) {
      if (previous) renameSync(previous, out);
      previous = undefined;
      throw error;
    }
    staging = undefined;
    return written;
  } catch (error) {
    // A UserError comes from rendering a file (stale registry), not from writing it.
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot write ${shown}: ${reason(error)}`);
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
    if (previous) rmSync(previous, { recursive: true, force: true });
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied (make it writable or choose another --out)";
    case "ENOSPC":
    case "EDQUOT":
      return "no space left on the device";
    case "ENOTDIR":
    case "EEXIST":
      return "it or a folder above it is a file (choose another --out)";
    default:
      return (error as Error).message ?? String(error);
  }
}
