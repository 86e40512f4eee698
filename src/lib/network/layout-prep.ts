/**
 * The numeric form of a layout's graph: nodes in id order, links as index pairs in a fixed
 * order, degrees and neighbour lists in flat arrays. Built once per layout, in time linear
 * in the links (plus the sorts), with no string keys in the loops.
 */

export interface PrepNode {
  id: string;
}

export interface PrepLink {
  source: string;
  target: string;
  weight: number;
}

export interface Prepared<N extends PrepNode> {
  /** Nodes sorted by id. */
  nodes: N[];
  /** Link k joins nodes s[k] < t[k]; links are in the order of their `${s}|${t}` id keys. */
  s: Int32Array;
  t: Int32Array;
  weight: Float64Array;
  degree: Int32Array;
  /** Neighbours of node i: nb[start[i]] … nb[start[i + 1] - 1], in link order. */
  start: Int32Array;
  nb: Int32Array;
}

/**
 * Orders ids as the string `${a}|…` would sort: `|` comes after every character an id may
 * hold (a-z, 0-9, -), so an id sorts after any longer id it is a prefix of.
 */
export function concatCompare(a: string, b: string): number {
  const m = Math.min(a.length, b.length);
  for (let i = 0; i < m; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d) return d;
  }
  return b.length - a.length;
}

export function prepare<N extends PrepNode>(inputNodes: readonly N[], inputLinks: readonly PrepLink[]): Prepared<N> {
  // Sorts without comparators (engine-native, and fast before the JIT has warmed up): ids
  // in code-unit order, which for these ids is `<` order; `${id}|` for the key order.
  const byId = new Map<string, N>();
  for (const d of inputNodes) byId.set(d.id, d);
  const nodes = [...byId.keys()].sort().map((id) => byId.get(id)!);
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(nodes[i]!.id, i);

  const keyed = nodes.map((d) => `${d.id}|`).sort();
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[indexOf.get(keyed[r]!.slice(0, -1))!] = r;

  const rs = new Int32Array(inputLinks.length);
  const rt = new Int32Array(inputLinks.length);
  const rw = new Float64Array(inputLinks.length);
  let m = 0;
  for (const l of inputLinks) {
    const a = indexOf.get(l.source);
    const b = indexOf.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    rs[m] = a < b ? a : b;
    rt[m] = a < b ? b : a;
    rw[m] = l.weight;
    m++;
  }
  // One number per link orders it by (key rank of its first end, its second end, input place).
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) keys[k] = (rank[rs[k]!]! * n + rt[k]!) * m + k;
  keys.sort();
  const order = Array.from(keys, (key) => key % m);
  const s = new Int32Array(m);
  const t = new Int32Array(m);
  const weight = new Float64Array(m);
  const degree = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    const o = order[k]!;
    s[k] = rs[o]!;
    t[k] = rt[o]!;
    weight[k] = rw[o]!;
    degree[s[k]!]!++;
    degree[t[k]!]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const nb = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    nb[fill[s[k]!]!++] = t[k]!;
    nb[fill[t[k]!]!++] = s[k]!;
  }
  return { nodes, s, t, weight, degree, start, nb };
}

/**
 * The links that pull in a simulation of a dense graph: each node's `perNode` heaviest
 * (ties by link order), so every node keeps its strongest ties while a hub's hundreds of
 * single-event links stop dominating the run time. Returns link indices in link order.
 */
export function strongest(p: Prepared<PrepNode>, perNode: number): number[] {
  const m = p.s.length;
  const n = p.nodes.length;
  const all = Array.from({ length: m }, (_, k) => k);
  if (!Number.isFinite(perNode)) return all;
  // Link indices grouped by node (CSR again), then each group ranked by weight.
  const start = p.start;
  const fill = start.slice(0, n);
  const byNode = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    byNode[fill[p.s[k]!]!++] = k;
    byNode[fill[p.t[k]!]!++] = k;
  }
  const keep = new Uint8Array(m);
  for (let i = 0; i < n; i++) {
    const group = byNode.subarray(start[i]!, start[i + 1]!);
    if (group.length <= perNode) {
      for (const k of group) keep[k] = 1;
      continue;
    }
    const ranked = Array.from(group).sort((a, b) => p.weight[b]! - p.weight[a]! || a - b);
    for (let j = 0; j < perNode; j++) keep[ranked[j]!] = 1;
  }
  return all.filter((k) => keep[k]);
}
