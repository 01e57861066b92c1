// The canonical YAML writer: block style, two-space indentation, one list item per line, keys in a
// fixed order per kind of map, comments put back where `extractComments` found them.
import { compareText } from "../core/diagnostic.js";
import { type CommentMap, type NodeComments, pathKey } from "../load/comments.js";
import type { NodePath } from "../load/types.js";
import { yamlScalar } from "./yaml-scalar.js";

export interface EmitOptions {
  /**
   * Key order per kind of map, by path shape: "" for the top level, "actors.*" for an actor,
   * "actors.*.mappings.*" for a mapping. Keys not listed follow, sorted.
   */
  keyOrder: Readonly<Record<string, readonly string[]>>;
  /** Lists written in sorted order, by path shape: list → the sort key of an item. */
  sortBy?: Readonly<Record<string, (item: unknown) => string>>;
  comments?: CommentMap;
}

type Value = unknown;

export function emitYaml(header: readonly string[], root: object, options: EmitOptions): string {
  const out: string[] = [...header];
  const emitter = new Emitter(out, options);
  emitter.map(root as Record<string, Value>, [], 0, undefined);
  emitter.endComments([], 0);
  return `${out.join("\n")}\n`;
}

class Emitter {
  constructor(
    private readonly out: string[],
    private readonly options: EmitOptions,
  ) {}

  map(node: Record<string, Value>, path: NodePath, indent: number, dashLine: string | undefined) {
    const pad = " ".repeat(indent);
    const keys = this.orderedKeys(node, path);
    keys.forEach((key, index) => {
      const childPath = [...path, key];
      const onDashLine = index === 0 && dashLine !== undefined;
      if (!onDashLine) this.beforeComments(childPath, pad);
      this.entry(`${onDashLine ? dashLine : pad}${yamlScalar(key)}:`, node[key], childPath, indent);
    });
    if (path.length > 0) this.endComments(path, indent);
  }

  seq(items: readonly Value[], path: NodePath, indent: number) {
    const pad = " ".repeat(indent);
    for (const index of this.itemOrder(items, path)) {
      const item = items[index];
      const itemPath = [...path, index];
      this.beforeComments(itemPath, pad);
      if (isNonEmptyMap(item)) {
        const first = this.orderedKeys(item, itemPath)[0] as string;
        this.beforeComments([...itemPath, first], pad);
        this.map(item, itemPath, indent + 2, `${pad}- `);
      } else this.entry(`${pad}-`, item, itemPath, indent);
    }
    this.endComments(path, indent);
  }

  /** `lead` is "key:" or "-"; the value follows on the line or below it. */
  private entry(lead: string, value: Value, path: NodePath, indent: number) {
    const trailing = this.trailing(path);
    if (Array.isArray(value) && value.length > 0) {
      this.out.push(`${lead}${trailing}`);
      this.seq(value, path, indent + 2);
    } else if (isNonEmptyMap(value)) {
      this.out.push(`${lead}${trailing}`);
      this.map(value, path, indent + 2, undefined);
    } else {
      this.out.push(`${lead} ${inline(value)}${trailing}`);
    }
  }

  endComments(path: NodePath, indent: number) {
    this.writeComments(this.comments(path)?.end, " ".repeat(indent));
  }

  private beforeComments(path: NodePath, pad: string) {
    this.writeComments(this.comments(path)?.before, pad);
  }

  private writeComments(lines: readonly string[] | undefined, pad: string) {
    for (const text of lines ?? []) this.out.push(`${pad}#${text}`);
  }

  private trailing(path: NodePath): string {
    const text = this.comments(path)?.trailing;
    return text === undefined ? "" : ` #${text}`;
  }

  private comments(path: NodePath): NodeComments | undefined {
    return this.options.comments?.get(pathKey(path));
  }

  private orderedKeys(node: Record<string, Value>, path: NodePath): string[] {
    const order = this.options.keyOrder[shape(path)] ?? [];
    const present = Object.keys(node).filter((key) => node[key] !== undefined);
    const known = order.filter((key) => present.includes(key));
    const rest = present.filter((key) => !order.includes(key)).sort(compareText);
    return [...known, ...rest];
  }

  private itemOrder(items: readonly Value[], path: NodePath): number[] {
    const indexes = items.map((_, index) => index);
    const sortKey = this.options.sortBy?.[shape(path)];
    if (!sortKey) return indexes;
    const keys = items.map(sortKey);
    // Stable: items with equal keys keep their order.
    return indexes.sort((a, b) => compareText(keys[a] as string, keys[b] as string) || a - b);
  }
}

/** "actors.*.mappings.*" for ["actors", 3, "mappings", 0]. */
function shape(path: NodePath): string {
  return path.map((part) => (typeof part === "number" ? "*" : part)).join(".");
}

function isNonEmptyMap(value: Value): value is Record<string, Value> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).some((v) => v !== undefined)
  );
}

function inline(value: Value): string {
  if (Array.isArray(value)) return "[]";
  if (typeof value === "object" && value !== null) return "{}";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return yamlScalar(value);
  return "null";
}
