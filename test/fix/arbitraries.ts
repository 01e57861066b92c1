// fast-check arbitraries for valid vendor files, leaning on the scalars YAML parsers disagree on.
import fc from "fast-check";
import type { Actor, Mapping, Vendor, VendorFile } from "../../scripts/generated/vendor-file.js";

export const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("-"));

/** Texts that a careless writer would let YAML read as something else. */
const trickyText = fc.constantFrom(
  "yes",
  "No",
  "on",
  "OFF",
  "y",
  "n",
  "null",
  "Null",
  "~",
  "true",
  "False",
  "123",
  "0x1F",
  "0o17",
  "1e3",
  "1_000",
  "12:30:00",
  "2019",
  "2019-05-01",
  ".inf",
  "-.Inf",
  ".NaN",
  "- a",
  "a: b",
  "a:",
  "a #b",
  "#x",
  "@x",
  "&a",
  "*a",
  "!t",
  "!!str",
  "%x",
  "'q'",
  '"d"',
  "a\\b",
  " lead",
  "trail ",
  "a\tb",
  "line\nbreak",
  "a\r\nb",
  "x\u2028y",
  "\ufeffbom",
  "é",
  "日本語",
  "Foo & Bar",
  "? x",
  "[a]",
  "{a}",
  "`x`",
  "a, b",
  "|",
  ">",
  "<<",
  "=",
  "---",
  "...",
  "a\u0085b",
  "\u00a0nbsp",
  "zero\u200bwidth",
  "bidi\u202e",
  "ctrl\u0001",
  "del\u007f",
  "\u{1f600} emoji",
  "\ufffe",
);

export const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: trickyText },
);

const url = fc
  .tuple(fc.constantFrom("https", "http"), slug, fc.array(slug, { maxLength: 2 }))
  .chain(([scheme, host, path]) =>
    fc
      .constantFrom("", "?a=1&b=2", "#frag", "?q=x%20y")
      .map((tail) => `${scheme}://${host}.example/${path.join("/")}${tail}`),
  );

const partialDate = fc.constantFrom("2019", "2019-05", "2019-05-14", "2008", "1999-12-31");

const mapping: fc.Arbitrary<Mapping> = fc.record(
  {
    vendor: slug,
    actor: text,
    relation: fc.constantFrom("same", "overlaps", "includes", "part-of"),
    source: url,
    since: partialDate,
  },
  { requiredKeys: ["vendor", "actor", "source"], noNullPrototype: true },
);

export const actor: fc.Arbitrary<Actor> = fc
  .record(
    {
      id: slug,
      uuid: fc.uuid({ version: 4 }),
      name: text,
      aliases: fc.uniqueArray(text, { maxLength: 3 }),
      origin: fc.constantFrom("RU", "CN", "KP", "IR", "NO", "NA", "YE"),
      category: fc.constantFrom("nation-state", "financially-motivated", "unknown"),
      status: fc.constantFrom("active", "retired", "merged"),
      first_seen: partialDate,
      references: fc.uniqueArray(url, { maxLength: 2 }),
      mappings: fc.array(mapping, { maxLength: 3 }),
    },
    { requiredKeys: ["id", "name", "category", "status"], noNullPrototype: true },
  )
  .chain((a) =>
    a.status === "merged" ? slug.map((target) => ({ ...a, merged_into: target })) : fc.constant(a),
  ) as fc.Arbitrary<Actor>;

const vendor: fc.Arbitrary<Vendor> = fc.record(
  {
    id: slug,
    name: text,
    url,
    provenance: fc.constantFrom("official", "curated"),
    maintainers: fc.uniqueArray(fc.constantFrom("@octocat", "@a-b", "@org/team", "@x/y.z"), {
      maxLength: 3,
    }),
    naming: text,
  },
  { requiredKeys: ["id", "name", "url", "provenance"], noNullPrototype: true },
);

/** A vendor file with unique actor ids (so the canonical order is fully determined). */
export const vendorFile: fc.Arbitrary<VendorFile> = fc.record(
  {
    vendor,
    actors: fc.uniqueArray(actor, { maxLength: 6, selector: (a) => a.id }),
  },
  { noNullPrototype: true },
);

const commentText = fc.stringMatching(/^[A-Za-z0-9 .,:'"#-]{0,12}$/).map((t) => t.trimEnd());

/** A comment to put into a canonical file: on its own line (at some indentation) or after a line. */
export const insertion = fc.record({
  line: fc.nat(),
  indent: fc.nat({ max: 10 }),
  trailing: fc.boolean(),
  text: commentText,
});

export function withComments(
  text: string,
  insertions: { line: number; indent: number; trailing: boolean; text: string }[],
) {
  const lines = text.slice(0, -1).split("\n");
  for (const { line, indent, trailing, text: comment } of insertions) {
    // Line 1 is the schema hint; comments go after it.
    const at = 1 + (line % lines.length);
    const target = lines[at];
    if (
      trailing &&
      target !== undefined &&
      !target.trimStart().startsWith("#") &&
      !target.includes(" #")
    )
      lines[at] = `${target} #${comment}`;
    else lines.splice(at, 0, `${" ".repeat(indent)}#${comment}`);
  }
  return `${lines.join("\n")}\n`;
}
