/**
 * Lookup tables over the validated first view, built once per load: by id, edges per node,
 * degree, and the span of dates each actor's meetings cover (for the list view and the time
 * filter). Article texts and evidence are not here: they load with their chunks.
 */
import type { GraphProblem } from '../../shared/graph/invariants';
import { spanOf } from '../../shared/dates/iso';
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

function widen(spans: Map<string, DaySpan>, id: string, span: DaySpan) {
  const current = spans.get(id);
  if (!current) spans.set(id, { ...span });
  else {
    if (span.first < current.first) current.first = span.first;
    if (span.last > current.last) current.last = span.last;
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
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const edgeById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const node of graph.nodes) edgesByNode.set(node.id, []);
  for (const edge of graph.edges) {
    edgesByNode.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesByNode.get(edge.target)?.push(edge);
  }
  const degree = new Map<string, number>();
  if (first) graph.nodes.forEach((node, i) => degree.set(node.id, first.degree[i] ?? 0));
  else for (const [id, edges] of edgesByNode) degree.set(id, edges.length);

  const datesByNode = new Map<string, DaySpan>();
  const meetingSpans = new Map<string, DaySpan>();
  for (const node of graph.nodes) {
    if (node.type !== 'meeting' || !node.date) continue;
    const span = spanOf(node.date.start, node.date.end);
    if (!span) continue;
    meetingSpans.set(node.id, span);
    widen(datesByNode, node.id, span);
    for (const edge of edgesByNode.get(node.id) ?? []) widen(datesByNode, otherEnd(edge, node.id), span);
  }
  const index: GraphIndex = { graph, nodeById, edgeById, edgesByNode, degree, datesByNode, meetingSpans, setAside };
  if (first) index.partial = { matching: first.matching, total: first.total };
  return index;
}
