/** Disjoint sets over 0..size-1 with path halving and union by size: near-linear in practice. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let i = 0; i < count; i++) this.parent[i] = i;
  }

  find(element: number): number {
    const parent = this.parent;
    let x = element;
    while (parent[x] !== x) {
      const grandparent = parent[parent[x] as number] as number;
      parent[x] = grandparent;
      x = grandparent;
    }
    return x;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.size[rootA] as number) < (this.size[rootB] as number))
      [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] = (this.size[rootA] as number) + (this.size[rootB] as number);
  }

  /** The sets, each as the sorted list of its elements, ordered by their smallest element. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    const groups: number[][] = [];
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      let group = byRoot.get(root);
      if (!group) {
        group = [];
        byRoot.set(root, group);
        groups.push(group);
      }
      group.push(i);
    }
    return groups;
  }
}
