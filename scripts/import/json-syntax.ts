/** Where a text stops being JSON (RFC 8259), and why. */
export interface JsonSyntaxError {
  /** 0-based UTF-16 offset of the first character that cannot be read. */
  offset: number;
  reason: string;
}

const jsonNumber = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const jsonEscape = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Finds the first syntax error, or undefined for valid JSON. Node's JSON.parse does not always
 * say where it failed, so this scanner runs only after it has. Iterative, so deep nesting in a
 * hostile file cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const closers: string[] = [];
  let justOpened = false;
  const fail = (reason: string, offset = at): JsonSyntaxError => ({ offset, reason });
  const skipSpace = () => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const describe = (offset: number) =>
    offset >= text.length ? "end of file" : JSON.stringify(text.charAt(offset));

  const readString = (): JsonSyntaxError | undefined => {
    at++; // opening quote
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        at++;
        return undefined;
      }
      if (c === 0x5c) {
        jsonEscape.lastIndex = at;
        if (!jsonEscape.test(text)) return fail("a backslash starts an escape JSON does not allow");
        at = jsonEscape.lastIndex;
      } else if (c < 0x20) {
        return fail("a control character (such as a line break) inside a string");
      } else at++;
    }
    return fail("a string that is never closed");
  };

  // Reads one scalar or opens a container; afterwards `at` is past the scalar or the opener.
  const readValueStart = (): JsonSyntaxError | undefined => {
    skipSpace();
    const c = text.charAt(at);
    if (c === "{" || c === "[") {
      closers.push(c === "{" ? "}" : "]");
      justOpened = true;
      at++;
      return undefined;
    }
    if (c === '"') return readString();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return undefined;
      }
    }
    jsonNumber.lastIndex = at;
    if (jsonNumber.test(text)) {
      at = jsonNumber.lastIndex;
      return undefined;
    }
    const hint =
      c === "]" || c === "}"
        ? " (a comma before it?)"
        : c === "'"
          ? " (JSON strings use double quotes)"
          : "";
    return fail(`unexpected ${describe(at)} where a value should start${hint}`);
  };

  const readKey = (): JsonSyntaxError | undefined => {
    skipSpace();
    if (text.charAt(at) !== '"') {
      const hint = text.charAt(at) === "}" ? " (a comma before it?)" : "";
      return fail(`unexpected ${describe(at)} where a quoted key should start${hint}`);
    }
    const error = readString();
    if (error) return error;
    skipSpace();
    if (text.charAt(at) !== ":") return fail(`expected ":" after the key, found ${describe(at)}`);
    at++;
    return undefined;
  };

  let error = readValueStart();
  while (!error && closers.length > 0) {
    const closer = closers[closers.length - 1];
    skipSpace();
    // Just after an opener: the container may be empty.
    if (justOpened) {
      justOpened = false;
      if (text.charAt(at) === closer) {
        closers.pop();
        at++;
        continue;
      }
      error = closer === "}" ? readKey() : undefined;
      error ??= readValueStart();
      continue;
    }
    if (text.charAt(at) === ",") {
      at++;
      error = closer === "}" ? readKey() : undefined;
      error ??= readValueStart();
    } else if (text.charAt(at) === closer) {
      closers.pop();
      at++;
    } else {
      error = fail(`expected "," or "${closer}", found ${describe(at)}`);
    }
  }
  if (error) return error;
  skipSpace();
  return at < text.length
    ? fail(`unexpected ${describe(at)} after the end of the JSON value`)
    : undefined;
}
