import { writeGithub } from "./github.js";
import { formatJson } from "./json.js";
import type { Report } from "./report.js";
import { formatText } from "./text.js";

/** Every output format of a checking command, by the name `--format` takes. */
export const formats = {
  text: (report: Report, write: (text: string) => void) => write(formatText(report)),
  json: (report: Report, write: (text: string) => void) => write(formatJson(report)),
  github: writeGithub,
} satisfies Record<string, (report: Report, write: (text: string) => void) => void | Promise<void>>;

export type FormatName = keyof typeof formats;

export const formatNames = Object.keys(formats) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}
