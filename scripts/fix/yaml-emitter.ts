// The canonical YAML writer: block style, two-space indentation, one list item per line, keys in a
// fixed order per kind of map, comments put back where `extractComments` found them.
// Written for speed (validate serializes every file to compare): one shared path stack, the path
// shape carried down as a string, comment lookups only when there are comments.
import { compareText, type Position } from "../core/diagnostic.js";
import { type CommentMap, type NodeComments, pathKey } from "../load/comments.js";
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
type MapValue = Record<string, Value>;

export function emitYaml(header: readonly string[], root: object, options: EmitOptions): string {
  const emitter = new Emitter(options, false);
  emitter.out.push(...header);
  emitter.map(root as MapValue, "", 0, undefined);
  emitter.endComments(0);
  return `${emitter.out.join("\n")}\n`;
}

/**
 * Where `emitYaml` (without comments) writes each node, 1-based in its text, for locating nodes of
 * a canonical file without parsing it again.
 */
export interface WrittenNode {
  /** The node's map key, when it is a map entry. */
  key?: Position;
  /** Where its text starts; for a non-empty list or map, where its first item starts. */
  value: Position;
  /** Entries of a map by key, or items of a list by index as read. */
  children?: Map<string, WrittenNode> | WrittenNode[];
}

export function emitLayout(
  header: readonly string[],
  root: object,
  options: Omit<EmitOptions, "comments">,
): WrittenNode {
  const emitter = new Emitter(options, true);
  emitter.out.push(...header);
  return emitter.map(root as MapValue, "", 0, undefined) ?? { value: { line: 1, column: 1 } };
}

class Emitter {
  readonly out: string[] = [];
  /** The data path of the node being written, as read (list indexes before sorting). */
  private readonly path: (string | number)[] = [];
  private readonly comments: CommentMap | undefined;

  /**
   * `layoutOnly`: return a `WrittenNode` for every node, and skip spelling the values (only the
   * line count and the keys' widths matter for positions).
   */
  constructor(
    private readonly options: EmitOptions,
    private readonly layoutOnly: boolean,
  ) {
    this.comments = options.comments && options.comments.size > 0 ? options.comments : undefined;
  }

  map(
    node: MapValue,
    shape: string,
    indent: number,
    dashLine: string | undefined,
  ): WrittenNode | undefined {
    const pad = " ".repeat(indent);
    const keys = this.orderedKeys(node, shape);
    const children = this.layoutOnly ? new Map<string, WrittenNode>() : undefined;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      this.path.push(key);
      const onDashLine = index === 0 && dashLine !== undefined;
      if (!onDashLine) this.beforeComments(pad);
      const lead = `${onDashLine ? dashLine : pad}${yamlScalar(key)}:`;
      const at = { line: this.out.length + 1, column: indent + 1 };
      const child = this.entry(lead, node[key], shape === "" ? key : `${shape}.${key}`, indent);
      if (children && child) children.set(key, { ...child, key: at });
      this.path.pop();
    }
    if (this.path.length > 0) this.endComments(indent);
    const first = children?.values().next().value;
    return first && { value: first.key ?? first.value, children };
  }

  private seq(items: readonly Value[], shape: string, indent: number): WrittenNode | undefined {
    const pad = " ".repeat(indent);
    const itemShape = `${shape}.*`;
    const children: WrittenNode[] | undefined = this.layoutOnly ? [] : undefined;
    let first: WrittenNode | undefined;
    for (const index of this.itemOrder(items, shape)) {
      const item = items[index];
      this.path.push(index);
      this.beforeComments(pad);
      let child: WrittenNode | undefined;
      if (isNonEmptyMap(item)) {
        const firstKey = this.orderedKeys(item, itemShape)[0] as string;
        this.path.push(firstKey);
        this.beforeComments(pad);
        this.path.pop();
        child = this.map(item, itemShape, indent + 2, `${pad}- `);
      } else child = this.entry(`${pad}-`, item, itemShape, indent);
      if (children && child) children[index] = child;
      first ??= child;
      this.path.pop();
    }
    this.endComments(indent);
    return first && { value: first.value, children };
  }

  /** `lead` is "key:" or "-"; the value follows on the line or below it. */
  private entry(
    lead: string,
    value: Value,
    shape: string,
    indent: number,
  ): WrittenNode | undefined {
    const trailing = this.trailing();
    if (Array.isArray(value) && value.length > 0) {
      this.out.push(`${lead}${trailing}`);
      return this.seq(value, shape, indent + 2);
    }
    if (isNonEmptyMap(value)) {
      this.out.push(`${lead}${trailing}`);
      return this.map(value, shape, indent + 2, undefined);
    }
    if (!this.layoutOnly) {
      this.out.push(`${lead} ${inline(value)}${trailing}`);
      return undefined;
    }
    this.out.push(lead);
    return { value: { line: this.out.length, column: lead.length + 2 } };
  }

  endComments(indent: number) {
    this.writeComments(this.current()?.end, " ".repeat(indent));
  }

  private beforeComments(pad: string) {
    this.writeComments(this.current()?.before, pad);
  }

  private writeComments(lines: readonly string[] | undefined, pad: string) {
    for (const text of lines ?? []) this.out.push(`${pad}#${text}`);
  }

  private trailing(): string {
    const text = this.current()?.trailing;
    return text === undefined ? "" : ` #${text}`;
  }

  private current(): NodeComments | undefined {
    return this.comments?.get(pathKey(this.path));
  }

  private orderedKeys(node: MapValue, shape: string): string[] {
    const order = this.options.keyOrder[shape] ?? [];
    const known: string[] = [];
    for (const key of order)
      if (node[key] !== undefined && Object.hasOwn(node, key)) known.push(key);
    const rest = Object.keys(node).filter((key) => node[key] !== undefined && !order.includes(key));
    if (rest.length === 0) return known;
    return [...known, ...rest.sort(compareText)];
  }

  private itemOrder(items: readonly Value[], shape: string): number[] {
    const indexes = items.map((_, index) => index);
    const sortKey = this.options.sortBy?.[shape];
    if (!sortKey) return indexes;
    const keys = items.map(sortKey);
    // Stable: items with equal keys keep their order.
    return indexes.sort((a, b) => compareText(keys[a] as string, keys[b] as string) || a - b);
  }
}

function isNonEmptyMap(value: Value): value is MapValue {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) if ((value as MapValue)[key] !== undefined) return true;
  return false;
}

function inline(value: Value): string {
  if (Array.isArray(value)) return "[]";
  if (typeof value === "object" && value !== null) return "{}";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return yamlScalar(value);
  return "null";
}
