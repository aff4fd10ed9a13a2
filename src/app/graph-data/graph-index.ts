/**
 * Lookup tables over the validated first view, built once per load: by id, edges per node,
 * degree, and the span of dates each actor's meetings cover (for the list view and the time
 * filter). Article texts and evidence are not here: they load with their chunks.
 *
 * They are typed arrays over the table's rows (graph-table.ts), read through map-like views:
 * a Map per table, keyed by 15,000 node ids or 34,000 edge ids, took 4 MB of the heap at
 * 10,000 articles. An edge is found from its id's ends, so no map over edge ids is kept.
 */
import type { GraphProblem } from '../../shared/graph/invariants';
import { dayNumber, spanOf } from '../../shared/dates/iso';
import { NODE_TYPES } from '../../shared/graph/schema';
import { edgeAt, edgeIdAt, edgeRowOf, nodeAt, tableOfView, type GraphTable } from './graph-table';
import type { GraphView, ViewEdge, ViewMeeting, ViewNode } from './graph-view';

/** The names the rest of the app uses for what the first view holds. */
export type GraphNode = ViewNode;
export type GraphEdge = ViewEdge;
export type MeetingNode = ViewMeeting;

export interface DaySpan {
  first: string;
  last: string;
}

export interface GraphIndex {
  graph: GraphView;
  /** The nodes and edges as columns, by row (graph-table.ts): what the filters work on. */
  table: GraphTable;
  /** Each node row's edges in the file's order: rows start[i] .. start[i + 1] of `node` (the other end) and `edge`. */
  adjacency: { start: Int32Array; node: Int32Array; edge: Int32Array };
  /** Each dated meeting's first and last day as dayNumber gives them; 0 for any other row. */
  meetingDays: { first: Int32Array; last: Int32Array };
  nodeById: ReadonlyMap<string, GraphNode>;
  edgeById: ReadonlyMap<string, GraphEdge>;
  edgesByNode: ReadonlyMap<string, readonly GraphEdge[]>;
  degree: ReadonlyMap<string, number>;
  /** For every node: the first and last day of the dated meetings it is (or, for a meeting, has). */
  datesByNode: ReadonlyMap<string, DaySpan>;
  /** Each dated meeting's own span, parsed once: the time filter compares these on every change. */
  meetingSpans: ReadonlyMap<string, DaySpan>;
  /** Faults in the file that were worked around (edges left out), to tell the reader. */
  setAside: readonly GraphProblem[];
  /**
   * Set while only the first view (data/first.json) is loaded: the default view's nodes and
   * edges, nothing else. Whatever sums up the whole graph (search, the time bar, the list's
   * dates, panels, filters) waits for the full view, which replaces this index.
   */
  partial?: PartialView;
}

export interface PartialView {
  /** Nodes that pass the default filters in the whole graph, before the node budget. */
  matching: number;
  total: { nodes: number; edges: number };
}

export function isMeeting(node: GraphNode | undefined): node is MeetingNode {
  return node?.type === 'meeting';
}

export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}

/** A YYYY-MM-DD day as the number dayNumber gives, back. */
function dayString(day: number): string {
  const year = Math.floor(day / 10000);
  const month = Math.floor(day / 100) % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
}

/**
 * A read-only map over the table's rows: looks a key up with `rowOf` and builds the value with
 * `valueAt`, so nothing is held per key until it is asked for.
 */
class RowMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly keyList: () => Iterable<string>,
    readonly size: number,
    private readonly rowOf: (key: string) => number | undefined,
    private readonly valueAt: (row: number) => V | undefined,
  ) {}
  get(key: string): V | undefined {
    const row = this.rowOf(key);
    return row === undefined ? undefined : this.valueAt(row);
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  *entries(): MapIterator<[string, V]> {
    for (const key of this.keyList()) {
      const value = this.get(key);
      if (value !== undefined) yield [key, value];
    }
  }
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }
  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** Every meeting's start date (undefined where it has none), read from the columns. */
export function meetingStarts(index: GraphIndex): (string | undefined)[] {
  const { table } = index;
  const meeting = NODE_TYPES.indexOf('meeting');
  const starts: (string | undefined)[] = [];
  for (let i = 0; i < table.nodeCount; i += 1) {
    if (table.type[i] === meeting) starts.push(table.dateStart[i] ?? undefined);
  }
  return starts;
}

/**
 * What search reads of each node, one node at a time from the columns: no node object is built
 * or kept for it.
 */
export function* searchableNodes(index: GraphIndex): Generator<Pick<GraphNode, 'id' | 'type' | 'label' | 'aliases'>> {
  const { table } = index;
  for (let i = 0; i < table.nodeCount; i += 1) {
    const label: Record<string, string> = {};
    for (const [tag, column] of table.labels) {
      const name = column[i];
      if (name !== null && name !== undefined) label[tag] = name;
    }
    yield {
      id: table.ids[i]!,
      type: NODE_TYPES[table.type[i]!]!,
      label,
      aliases: table.aliasList.slice(table.aliasStart[i], table.aliasStart[i + 1]),
    };
  }
}

/**
 * The lookup tables. With `first` (the first view), degrees are the whole graph's, as the file
 * gives them, since most of each node's edges are not in it.
 */
export function indexGraph(
  graph: GraphView,
  setAside: readonly GraphProblem[] = [],
  first?: PartialView & { degree: readonly number[] },
): GraphIndex {
  const table = tableOfView(graph);
  const n = table.nodeCount;
  // Adjacency: each node's edges in the file's order, an edge under both ends (once for a loop).
  const start = new Int32Array(n + 1);
  for (let e = 0; e < table.edgeCount; e += 1) {
    start[table.source[e]! + 1]! += 1;
    if (table.target[e] !== table.source[e]) start[table.target[e]! + 1]! += 1;
  }
  for (let i = 0; i < n; i += 1) start[i + 1]! += start[i]!;
  const node = new Int32Array(start[n]!);
  const edge = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let e = 0; e < table.edgeCount; e += 1) {
    const s = table.source[e]!;
    const t = table.target[e]!;
    edge[fill[s]!] = e;
    node[fill[s]!++] = t;
    if (t !== s) {
      edge[fill[t]!] = e;
      node[fill[t]!++] = s;
    }
  }
  const degree = first
    ? Int32Array.from({ length: n }, (_, i) => first.degree[i] ?? 0)
    : Int32Array.from({ length: n }, (_, i) => start[i + 1]! - start[i]!);

  const meetingFirst = new Int32Array(n);
  const meetingLast = new Int32Array(n);
  const datesFirst = new Int32Array(n);
  const datesLast = new Int32Array(n);
  const widen = (row: number, first: number, last: number) => {
    if (datesFirst[row] === 0 || first < datesFirst[row]!) datesFirst[row] = first;
    if (last > datesLast[row]!) datesLast[row] = last;
  };
  const meeting = NODE_TYPES.indexOf('meeting');
  for (let i = 0; i < n; i += 1) {
    const date = table.dateStart[i];
    if (table.type[i] !== meeting || date === null || date === undefined) continue;
    const span = spanOf(date, table.dateEnd[i] ?? undefined);
    if (!span) continue;
    const days = [dayNumber(span.first), dayNumber(span.last)] as const;
    meetingFirst[i] = days[0];
    meetingLast[i] = days[1];
    widen(i, ...days);
    for (let at = start[i]!; at < start[i + 1]!; at += 1) widen(node[at]!, ...days);
  }

  const rowOf = (id: string) => table.rowOf.get(id);
  const ids = () => table.ids;
  const edgesOf = (row: number) => edge.subarray(start[row], start[row + 1]);
  const nodeEdges = new Map<number, GraphEdge[]>();
  const spanAt = (firstDays: Int32Array, lastDays: Int32Array) => (row: number) =>
    firstDays[row] === 0 ? undefined : { first: dayString(firstDays[row]!), last: dayString(lastDays[row]!) };
  const edgeIds = function* () {
    for (let e = 0; e < table.edgeCount; e += 1) yield edgeIdAt(table, e);
  };
  const index: GraphIndex = {
    graph,
    table,
    adjacency: { start, node, edge },
    meetingDays: { first: meetingFirst, last: meetingLast },
    nodeById: new RowMap(ids, n, rowOf, (row) => nodeAt(table, row)),
    edgeById: new RowMap(
      edgeIds,
      table.edgeCount,
      (id) => edgeRowOf(table, id, edgesOf),
      (row) => edgeAt(table, row),
    ),
    edgesByNode: new RowMap(ids, n, rowOf, (row) => {
      let edges = nodeEdges.get(row);
      if (!edges) {
        edges = Array.from(edgesOf(row), (e) => edgeAt(table, e));
        nodeEdges.set(row, edges);
      }
      return edges;
    }),
    degree: new RowMap(ids, n, rowOf, (row) => degree[row]),
    datesByNode: new RowMap(ids, n, rowOf, spanAt(datesFirst, datesLast)),
    meetingSpans: new RowMap(ids, n, rowOf, spanAt(meetingFirst, meetingLast)),
    setAside,
  };
  if (first) index.partial = { matching: first.matching, total: first.total };
  return index;
}
