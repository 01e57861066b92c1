/**
 * Escaping for text that did not come from us (data names, messages, the diff a pull request's
 * code produced) before it goes into a comment or a job summary: no HTML (so no `</details>`,
 * no hidden `<!-- -->` markers), no @mentions or #references that would notify people.
 */
export function escapeUntrusted(text: string): string {
  return (
    text
      // control characters other than tab and newline, and bidi overrides, can disguise text
      .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, (c) => (c === "\n" || c === "\t" ? c : ""))
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // a zero-width joiner after @ or # keeps the text readable but stops the link
      .replace(/@(?=[A-Za-z0-9])/g, "@\u200d")
      .replace(/#(?=\d)/g, "#\u200d")
  );
}

/** One table cell: escaped, on one line, with no `|` that would end the cell. */
export function tableCell(text: string, maxLength = 300): string {
  const short = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return escapeUntrusted(short.replace(/\\/g, "\\\\").replace(/\r?\n|\r/g, " ")).replace(
    /\|/g,
    "\\|",
  );
}

/**
 * A block of untrusted Markdown, escaped and closed: an unterminated code fence would swallow
 * whatever follows it, so one is added when the fences do not pair up.
 */
export function untrustedBlock(markdown: string, maxLength: number, truncatedNote: string): string {
  let text = markdown.replace(/\r\n?/g, "\n");
  let truncated = false;
  if (text.length > maxLength) {
    const cut = text.lastIndexOf("\n", maxLength);
    text = text.slice(0, cut > 0 ? cut : maxLength);
    truncated = true;
  }
  let escaped = escapeUntrusted(text).trimEnd();
  const fences = escaped.split("\n").filter((line) => /^ {0,3}(```|~~~)/.test(line)).length;
  if (fences % 2 === 1) escaped += "\n```";
  return truncated ? `${escaped}\n\n${truncatedNote}` : escaped;
}
