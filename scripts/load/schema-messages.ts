// Turns ajv's errors into messages a vendor analyst can act on, built from the schema's own
// `description` texts, each pointing at a node of the data (see SourceFile.locate).
import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { NodePath } from "./types.js";

export interface SchemaProblem {
  path: NodePath;
  at: "key" | "value";
  message: string;
}

type Schema = { [key: string]: unknown };

export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  root: Schema,
  data: unknown,
): SchemaProblem[] {
  const problems = new Map<string, SchemaProblem>();
  for (const error of errors) {
    const problem = describe(error, root, data);
    // allErrors reports one value several times (a url failing both pattern and format).
    if (problem) problems.set(`${problem.path.join("/")}\n${problem.message}`, problem);
  }
  return [...problems.values()];
}

function describe(error: ErrorObject, root: Schema, data: unknown): SchemaProblem | undefined {
  const path = parsePointer(error.instancePath, data);
  const schema = (error.parentSchema ?? {}) as Schema;
  switch (error.keyword) {
    case "if":
      return undefined; // the then/else error that follows says what is wrong
    case "required": {
      const property = (error.params as { missingProperty: string }).missingProperty;
      const condition = conditionOf(schema, root);
      if (condition)
        return { path, at: "key", message: `${property} is required when ${condition}` };
      const wanted = describeProperty(schema, property, root);
      return {
        path,
        at: "key",
        message: `${label(path, data)} is missing ${property}${wanted ? `: ${wanted}` : ""}`,
      };
    }
    case "additionalProperties": {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((schema.properties ?? {}) as Schema);
      const nearest = allowed.length > 0 ? closest(property, allowed) : undefined;
      const hint = nearest && distance(property, nearest) <= 2 ? ` Did you mean ${nearest}?` : "";
      return {
        path: [...path, property],
        at: "key",
        message:
          `unknown field ${JSON.stringify(property)} in ${label(path, data)}.${hint}` +
          ` Allowed here: ${allowed.join(", ")}`,
      };
    }
    case "not": {
      const condition = conditionOf(schema, root);
      const forbidden = ((schema.not as Schema | undefined)?.required as string[] | undefined)?.[0];
      if (condition && forbidden)
        return {
          path: [...path, forbidden],
          at: "key",
          message: `${forbidden} is only allowed when ${condition}: remove it`,
        };
      return { path, at: "value", message: `${label(path, data)} ${error.message}` };
    }
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      const [first, second] = i < j ? [i, j] : [j, i];
      return {
        path: [...path, second],
        at: "value",
        message: `${label(path, data)} must be ${schema.description ?? "unique"}: items ${first + 1} and ${second + 1} are the same`,
      };
    }
    default: {
      const wanted = schema.description;
      const message =
        typeof wanted === "string"
          ? `${label(path, data)} must be ${wanted}${found(valueAt(data, path))}`
          : `${label(path, data)} ${error.message ?? "is not valid"}`;
      return { path, at: "value", message };
    }
  }
}

/** "status is merged": the `if` whose `then` or `else` is `branch`, in words. */
function conditionOf(branch: Schema, root: Schema): string | undefined {
  const condition = conditionsOf(root).get(JSON.stringify(branch));
  const properties = (condition?.properties ?? {}) as Record<string, Schema>;
  const parts = Object.entries(properties)
    .filter(([, s]) => "const" in s)
    .map(([name, s]) => `${name} is ${String(s.const)}`);
  return parts.length > 0 ? parts.join(" and ") : undefined;
}

const conditionCache = new WeakMap<Schema, Map<string, Schema | undefined>>();

/**
 * then/else branch → its `if`, for every conditional in the schema (ajv's schemaPath is relative).
 * Branches are matched by content, not identity: the precompiled validators (scripts/generated/)
 * carry their own copies of the schema. A branch shared by different conditions maps to undefined.
 */
function conditionsOf(root: Schema): Map<string, Schema | undefined> {
  let found = conditionCache.get(root);
  if (found) return found;
  const conditions = new Map<string, Schema | undefined>();
  const walk = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const schema = node as Schema;
    const condition = schema.if as Schema | undefined;
    if (condition) {
      for (const branch of [schema.then, schema.else]) {
        if (typeof branch !== "object" || branch === null) continue;
        const key = JSON.stringify(branch);
        const other = conditions.get(key);
        const same = !conditions.has(key) || JSON.stringify(other) === JSON.stringify(condition);
        conditions.set(key, same ? condition : undefined);
      }
    }
    for (const child of Object.values(schema)) walk(child);
  };
  walk(root);
  found = conditions;
  conditionCache.set(root, found);
  return found;
}

function describeProperty(schema: Schema, property: string, root: Schema): string | undefined {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const target = properties[property];
  const resolved = typeof target?.$ref === "string" ? resolvePointer(root, target.$ref) : target;
  const description = resolved?.description;
  return typeof description === "string" ? description : undefined;
}

function resolvePointer(root: Schema, pointer: string): Schema | undefined {
  let node: unknown = root;
  for (const part of pointer.replace(/^#\/?/, "").split("/")) {
    if (part === "") continue;
    const key = decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~");
    node = typeof node === "object" && node !== null ? (node as Schema)[key] : undefined;
  }
  return typeof node === "object" && node !== null ? (node as Schema) : undefined;
}

/** An ajv instancePath as a data path, with list indexes as numbers. */
function parsePointer(pointer: string, data: unknown): NodePath {
  const path: (string | number)[] = [];
  let node = data;
  for (const part of pointer.split("/").slice(1)) {
    const key = part.replaceAll("~1", "/").replaceAll("~0", "~");
    const step = Array.isArray(node) ? Number(key) : key;
    path.push(step);
    node = valueAt(node, [step]);
  }
  return path;
}

function valueAt(data: unknown, path: NodePath): unknown {
  let node = data;
  for (const step of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** How the message names the value at `path`: "first_seen", "aliases item 2", "the file". */
function label(path: NodePath, data: unknown): string {
  const last = path.at(-1);
  if (last === undefined) return "the file";
  if (typeof last === "string") return last;
  const list = path.at(-2);
  const id = (valueAt(data, path) as { id?: unknown } | undefined)?.id;
  const named = typeof id === "string" ? ` (${JSON.stringify(id)})` : "";
  return `${typeof list === "string" ? `${list} ` : ""}item ${last + 1}${named}`;
}

function found(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return " (found nothing)";
  if (typeof value === "number") return ` (found the number ${value})`;
  if (typeof value === "boolean") return ` (found ${value}, a yes/no value)`;
  if (Array.isArray(value)) return " (found a list)";
  if (typeof value === "object") return " (found a block of fields)";
  const text = String(value);
  return ` (found ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)})`;
}
