import { changesFile, notesFile } from "./release-assets.js";

/** GitHub refuses release bodies longer than this many characters. */
export const maxBodyLength = 125_000;

/** The release notes as the release body, cut at a line when too long for GitHub. */
export function releaseBody(notes: string, limit: number = maxBodyLength): string {
  if (notes.length <= limit) return notes;
  const tail = `\n…\n\n*The notes are cut here: the full list is in the ${notesFile} and ${changesFile} assets.*\n`;
  const room = notes.lastIndexOf("\n", limit - tail.length);
  return notes.slice(0, Math.max(room, 0)) + tail;
}
