/**
 * The view file's nodes and edges kept as columns once decoded: typed arrays for codes, ends,
 * positions and counts, and the file's own string columns (ids, names, dates) shared, not
 * copied. At 10,000 articles, 15,000 node objects and 34,000 edge objects with their ids,
 * review records and positions took about 9 MB of the page's heap; the columns take a third
 * of that. A node or edge object is built when something asks for it (a drawn element, a
 * panel, the list), once, and kept for the next ask.
 */
import {
  EDGE_TYPES,
  NODE_TYPES,
  REVIEW_STATES,
  type EdgeType,
  type LocalizedText,
  type NodeType,
} from '../../shared/graph/schema';
import { usualEdgeId } from '../../shared/graph/split';
import type { GraphView, Review, ViewEdge, ViewMeeting, ViewNode } from './graph-view';

/** Where a row has no value in a code column. */
export const NO_CODE = 255;

export interface GraphTable {
  nodeCount: number;
  edgeCount: number;
  /** Node ids by row, and the row of each id. */
  ids: readonly string[];
  rowOf: ReadonlyMap<string, number>;
  /** NODE_TYPES position. */
  type: Uint8Array;
  /** One column per language, by row; null or undefined where the node has no name in it. */
  labels: readonly (readonly [tag: string, column: readonly (string | null | undefined)[]])[];
  /** Every node's aliases one after another: row i's are aliasList[aliasStart[i] .. aliasStart[i + 1]]. */
  aliasStart: Int32Array;
  aliasList: readonly string[];
  /** NaN where the node has no position. */
  x: Float64Array;
  y: Float64Array;
  /** REVIEW_STATES position, NO_CODE for none. */
  review: Uint8Array;
  reviewReason: ReadonlyMap<number, string>;
  /** Meetings only: codes into `kinds` and MEETING_STATUSES-like `statuses`. */
  kind: Uint8Array;
  kinds: readonly string[];
  status: Uint8Array;
  statuses: readonly ViewMeeting['status'][];
  dateStart: readonly (string | null | undefined)[];
  dateEnd: readonly (string | null | undefined)[];

  /** Edge ends as node rows. */
  source: Int32Array;
  target: Int32Array;
  /** EDGE_TYPES position. */
  edgeType: Uint8Array;
  edgeReview: Uint8Array;
  edgeReviewReason: ReadonlyMap<number, string>;
  /** How many evidence entries each edge has. */
  sources: Int32Array;
  /** Ids that are not the usual `<type>:<source>-><target>`, by edge row, and their rows. */
  unusualId: ReadonlyMap<number, string>;
  unusualRow: ReadonlyMap<string, number>;

  /** Objects built so far, by row, and the rows of the edges built so far by id. */
  nodeCache: Map<number, ViewNode>;
  edgeCache: Map<number, ViewEdge>;
  edgeRowCache: Map<string, number>;
}

function review(code: number, reason: string | undefined): Review | undefined {
  if (code === NO_CODE) return undefined;
  const state = REVIEW_STATES[code]!;
  return reason === undefined ? { state } : { state, reason };
}

/** The node at a row, as the rest of the app knows it; the same object on every call. */
export function nodeAt(table: GraphTable, row: number): ViewNode {
  const cached = table.nodeCache.get(row);
  if (cached) return cached;
  const label: LocalizedText = {};
  for (const [tag, column] of table.labels) {
    const name = column[row];
    if (name !== null && name !== undefined) label[tag] = name;
  }
  const type = NODE_TYPES[table.type[row]!]!;
  const id = table.ids[row]!;
  const aliases = table.aliasList.slice(table.aliasStart[row], table.aliasStart[row + 1]);
  const node: ViewNode =
    type === 'meeting'
      ? {
          id,
          type,
          label,
          aliases,
          kind: table.kinds[table.kind[row]!]!,
          status: table.statuses[table.status[row]!]!,
        }
      : { id, type, label, aliases };
  const reviewed = review(table.review[row]!, table.reviewReason.get(row));
  if (reviewed) node.review = reviewed;
  const x = table.x[row]!;
  const y = table.y[row]!;
  if (!Number.isNaN(x) && !Number.isNaN(y)) node.position = { x, y };
  const start = table.dateStart[row];
  const end = table.dateEnd[row];
  if (node.type === 'meeting' && start !== null && start !== undefined) {
    node.date = end ? { start, end } : { start };
  }
  table.nodeCache.set(row, node);
  return node;
}

export function edgeIdAt(table: GraphTable, row: number): string {
  return (
    table.edgeCache.get(row)?.id ??
    table.unusualId.get(row) ??
    usualEdgeId(EDGE_TYPES[table.edgeType[row]!], table.ids[table.source[row]!], table.ids[table.target[row]!])
  );
}

/** The edge at a row; the same object on every call. */
export function edgeAt(table: GraphTable, row: number): ViewEdge {
  const cached = table.edgeCache.get(row);
  if (cached) return cached;
  const edge: ViewEdge = {
    id: edgeIdAt(table, row),
    source: table.ids[table.source[row]!]!,
    target: table.ids[table.target[row]!]!,
    type: EDGE_TYPES[table.edgeType[row]!]!,
    sources: table.sources[row]!,
  };
  const reviewed = review(table.edgeReview[row]!, table.edgeReviewReason.get(row));
  if (reviewed) edge.review = reviewed;
  table.edgeCache.set(row, edge);
  table.edgeRowCache.set(edge.id, row);
  return edge;
}

/**
 * The row of an edge id, without a map over every edge: a usual id names its type and ends,
 * so the edge is among the edges of either end (the one with fewer is searched); `edgesOf`
 * lists a node row's edge rows.
 */
export function edgeRowOf(
  table: GraphTable,
  id: string,
  edgesOf: (node: number) => ArrayLike<number> & Iterable<number>,
): number | undefined {
  const known = table.unusualRow.get(id) ?? table.edgeRowCache.get(id);
  if (known !== undefined) return known;
  const colon = id.indexOf(':');
  // Node ids hold no '>', so the first '->' after the type ends the source.
  const arrow = id.indexOf('->', colon + 1);
  if (colon < 0 || arrow < 0) return undefined;
  const type = EDGE_TYPES.indexOf(id.slice(0, colon) as EdgeType);
  const source = table.rowOf.get(id.slice(colon + 1, arrow));
  const target = table.rowOf.get(id.slice(arrow + 2));
  if (type < 0 || source === undefined || target === undefined) return undefined;
  const fromSource = edgesOf(source);
  const fromTarget = edgesOf(target);
  for (const row of fromTarget.length < fromSource.length ? fromTarget : fromSource) {
    if (
      table.source[row] === source &&
      table.target[row] === target &&
      table.edgeType[row] === type &&
      !table.unusualId.has(row)
    ) {
      return row;
    }
  }
  return undefined;
}

const codeOf = <T>(list: readonly T[], value: T | undefined) => {
  if (value === undefined) return NO_CODE;
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`no code for ${String(value)}`);
  return code;
};

/**
 * A table from node and edge objects (tests and tools build views that way). Edges whose
 * ends are not nodes are not in a view the app accepts, so they are not expected here.
 */
export function tableOfObjects(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): GraphTable {
  const tags = [...new Set(nodes.flatMap((node) => Object.keys(node.label)))].sort();
  const kinds: string[] = [];
  const statuses: ViewMeeting['status'][] = [];
  const meetingCode = <T>(list: T[], value: T) => {
    if (!list.includes(value)) list.push(value);
    return list.indexOf(value);
  };
  const rowOf = new Map<string, number>();
  nodes.forEach((node, row) => {
    if (!rowOf.has(node.id)) rowOf.set(node.id, row);
  });
  const aliasStart = new Int32Array(nodes.length + 1);
  nodes.forEach((node, row) => (aliasStart[row + 1] = aliasStart[row]! + node.aliases.length));
  const reasons = (items: readonly { review?: Review }[]) =>
    new Map(items.flatMap((item, row) => (item.review?.reason === undefined ? [] : [[row, item.review.reason]])));
  const unusualId = new Map<number, string>();
  edges.forEach((edge, row) => {
    if (edge.id !== usualEdgeId(edge.type, edge.source, edge.target)) unusualId.set(row, edge.id);
  });
  const end = (id: string) => {
    const row = rowOf.get(id);
    if (row === undefined) throw new Error(`edge end ${id} is not a node`);
    return row;
  };
  return {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    ids: nodes.map((node) => node.id),
    rowOf,
    type: Uint8Array.from(nodes, (node) => codeOf<NodeType>(NODE_TYPES, node.type)),
    labels: tags.map((tag) => [tag, nodes.map((node) => node.label[tag])] as const),
    aliasStart,
    aliasList: nodes.flatMap((node) => node.aliases),
    x: Float64Array.from(nodes, (node) => node.position?.x ?? Number.NaN),
    y: Float64Array.from(nodes, (node) => node.position?.y ?? Number.NaN),
    review: Uint8Array.from(nodes, (node) => codeOf(REVIEW_STATES, node.review?.state)),
    reviewReason: reasons(nodes),
    kind: Uint8Array.from(nodes, (node) => (node.type === 'meeting' ? meetingCode(kinds, node.kind) : NO_CODE)),
    kinds,
    status: Uint8Array.from(nodes, (node) => (node.type === 'meeting' ? meetingCode(statuses, node.status) : NO_CODE)),
    statuses,
    dateStart: nodes.map((node) => (node.type === 'meeting' ? node.date?.start : undefined)),
    dateEnd: nodes.map((node) => (node.type === 'meeting' ? node.date?.end : undefined)),
    source: Int32Array.from(edges, (edge) => end(edge.source)),
    target: Int32Array.from(edges, (edge) => end(edge.target)),
    edgeType: Uint8Array.from(edges, (edge) => codeOf<EdgeType>(EDGE_TYPES, edge.type)),
    edgeReview: Uint8Array.from(edges, (edge) => codeOf(REVIEW_STATES, edge.review?.state)),
    edgeReviewReason: reasons(edges),
    sources: Int32Array.from(edges, (edge) => edge.sources),
    unusualId,
    unusualRow: new Map([...unusualId].map(([row, id]) => [id, row])),
    nodeCache: new Map(),
    edgeCache: new Map(),
    edgeRowCache: new Map(),
  };
}

const tables = new WeakMap<GraphView, GraphTable>();

/**
 * A view over a table: `nodes` and `edges` are built, all at once, only when read (a test, a
 * tool, the build's first view); the app reads the table through the index instead.
 */
export function viewOfTable(version: string, chunks: GraphView['chunks'], table: GraphTable): GraphView {
  const view = { version, chunks } as GraphView;
  const lazy = <K extends 'nodes' | 'edges'>(key: K, build: () => GraphView[K]) =>
    Object.defineProperty(view, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = build();
        Object.defineProperty(view, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  lazy('nodes', () => Array.from({ length: table.nodeCount }, (_, row) => nodeAt(table, row)));
  lazy('edges', () => Array.from({ length: table.edgeCount }, (_, row) => edgeAt(table, row)));
  tables.set(view, table);
  return view;
}

/** The table a view was read into; for a view of plain objects (a copy, a test's), one built from them. */
export function tableOfView(view: GraphView): GraphTable {
  return tables.get(view) ?? tableOfObjects(view.nodes, view.edges);
}
