import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findJsonSyntaxError } from "../../scripts/import/json-syntax.js";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonSyntaxError: where an invalid JSON input stops being JSON", () => {
  test.each([
    ["[{\"a\": 'b'}]", 7, "JSON strings use double quotes"],
    ['[{"a": 1},\n]', 11, "a comma before it?"],
    ['{"a": 1,}', 8, "where a quoted key should start"],
    ['{"a" 1}', 5, 'expected ":" after the key'],
    ["[1 2]", 3, 'expected "," or "]"'],
    ['["a\nb"]', 3, "control character"],
    ["[1] x", 4, "after the end of the JSON value"],
    ["[[[", 3, "unexpected end of file"],
  ])("%j fails at offset %i (%s)", (text, offset, reason) => {
    expect(parses(text)).toBe(false);
    const error = findJsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.reason).toContain(reason);
  });

  test("agrees with JSON.parse on random valid JSON, cut short or with one character inserted", () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom("", ",", "'", "]", "}", ":", '"', " ", "0"),
        (json, at, insert) => {
          expect(findJsonSyntaxError(json)).toBeUndefined();
          const cut = at % (json.length + 1);
          for (const text of [json.slice(0, cut), json.slice(0, cut) + insert + json.slice(cut)]) {
            expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a deeply nested input does not overflow the stack", () => {
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}1${"]".repeat(200_000)}`)).toBeUndefined();
    expect(findJsonSyntaxError("[".repeat(200_000))?.offset).toBe(200_000);
  });
});
