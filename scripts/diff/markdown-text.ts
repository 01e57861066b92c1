import { diffWords } from "diff";

/** Escapes text from the data so Markdown shows it literally (names may hold `*`, `|`, `<`). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#!]/g, (c) => `\\${c}`);
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/**
 * A word-level change for a reviewer: removed words struck through, added words in bold,
 * e.g. "Midnight ~~Blizard~~ **Blizzard**". Spaces stay outside the markers, where Markdown
 * needs them.
 */
export function wordDiff(before: string, after: string): string {
  const parts = diffWords(before, after);
  return parts
    .map((part, i) => {
      const text = escapeMarkdown(part.value);
      if (!part.added && !part.removed) return text;
      const marker = part.added ? "**" : "~~";
      const [, lead = "", body = "", trail = ""] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
      // "~~old~~ **new**" rather than "~~old~~**new**" when one replaces the other.
      const gap = part.removed && parts[i + 1]?.added && trail === "" ? " " : "";
      return body === "" ? text : `${lead}${marker}${body}${marker}${trail}${gap}`;
    })
    .join("");
}
