/** An actor id from a name: "Midnight Blizzard" → "midnight-blizzard", "Storm-0558" → "storm-0558". */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
