/**
 * Which nodes and edges the canvas and the list show, from the filters in the view:
 * node types, the date range, the focus neighbourhood and the node budget.
 *
 * Time rules (also in the README): a meeting is shown when its date span overlaps the range
 * (a month-precision date covers its month). Undated meetings are shown only while no range is
 * set. With a range set, states, officials and organizations are shown when they are linked to
 * a meeting in the range; with no range, all of them are shown.
 *
 * This runs on every range change, so it works on numbers: nodes by position, edges as adjacency
 * arrays, meeting spans as day numbers sorted once per graph, a range answered by binary search
 * (O(log n + meetings near the range), not a walk over every meeting), and actors ranked once.
 * visible-graph-reference.ts states the same rules plainly; the tests hold the two equal.
 */
import { dayNumber, parseIsoDate, type DateRange } from '../../shared/dates/iso';
import { NODE_TYPES, type NodeType } from '../../shared/graph/schema';
import type { GraphIndex } from '../graph-data/graph-index';
import { edgeIdAt, type GraphTable } from '../graph-data/graph-table';

export interface Focus {
  node: string;
  depth: 1 | 2;
}

export interface VisibleFilter {
  /** Node types shown; null shows all. */
  types: readonly NodeType[] | null;
  range: DateRange;
  focus: Focus | null;
  /** At most this many nodes, the most connected first, so a huge graph opens on a bounded view. */
  nodeLimit: number;
  /** Ids kept within the budget whatever their rank (the selection). */
  keep: readonly string[];
}

export interface VisibleGraph {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** Nodes that pass the filters, before the budget. */
  matching: number;
}

export function hasRange(range: DateRange): boolean {
  return Boolean(range.from || range.to);
}

/**
 * The range as its first and last day, parsed once; the same reading as overlapsRange in
 * shared/dates/iso.ts (a range end of lower precision covers its span), which the tests check.
 */
export function rangeDays(range: DateRange): { first: string; last: string } {
  const from = range.from === undefined ? null : parseIsoDate(range.from);
  const to = range.to === undefined ? null : parseIsoDate(range.to);
  return { first: from?.first ?? '0000-00-00', last: to?.last ?? '9999-99-99' };
}

/** The graph as numbers, built once per loaded graph: the index's columns and what is ranked from them. */
interface FilterIndex {
  table: GraphTable;
  ids: readonly string[];
  position: ReadonlyMap<string, number>;
  /** NODE_TYPES position of each node. */
  type: Uint8Array;
  meeting: Uint8Array;
  /** Adjacency in the order of index.edgesByNode: node i's entries are adjStart[i] .. adjStart[i + 1]. */
  adjStart: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
  /** Each node's place when all are ordered most connected first (ties by id). */
  rank: Int32Array;
  /** Non-meeting nodes in that order. */
  actorsByRank: Int32Array;
  /** Dated meetings by first day: node, first and last day, aligned. */
  byFirst: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** The longest span, so a search for spans ending after a day can start that far before it. */
  longest: number;
}

const filterIndexes = new WeakMap<GraphIndex, FilterIndex>();

function filterIndexOf(index: GraphIndex): FilterIndex {
  const cached = filterIndexes.get(index);
  if (cached) return cached;
  const { table } = index;
  const n = table.nodeCount;
  const ids = table.ids;
  const meetingType = NODE_TYPES.indexOf('meeting');
  const meeting = Uint8Array.from(table.type, (type) => (type === meetingType ? 1 : 0));
  const { start: adjStart, node: adjNode, edge: adjEdge } = index.adjacency;
  const degree = (i: number) => adjStart[i + 1]! - adjStart[i]!;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => degree(b) - degree(a) || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
  );
  const rank = new Int32Array(n);
  order.forEach((node, r) => (rank[node] = r));
  const actorsByRank = Int32Array.from(order.filter((i) => meeting[i] === 0));

  const dated: { node: number; first: number; last: number }[] = [];
  const days = index.meetingDays;
  for (let i = 0; i < n; i += 1) {
    if (meeting[i] && days.first[i]) dated.push({ node: i, first: days.first[i]!, last: days.last[i]! });
  }
  dated.sort((a, b) => a.first - b.first || a.node - b.node);
  const built: FilterIndex = {
    table,
    ids,
    position: table.rowOf,
    type: table.type,
    meeting,
    adjStart,
    adjNode,
    adjEdge,
    rank,
    actorsByRank,
    byFirst: Int32Array.from(dated, (d) => d.node),
    firstDay: Int32Array.from(dated, (d) => d.first),
    lastDay: Int32Array.from(dated, (d) => d.last),
    longest: dated.reduce((most, d) => Math.max(most, d.last - d.first), 0),
  };
  filterIndexes.set(index, built);
  return built;
}

/** The first position in a sorted array whose value is at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Flags (1 = in) for the meetings the range shows: two binary searches and the spans between. */
function meetingFlags(fx: FilterIndex, range: DateRange): Uint8Array {
  const flags = new Uint8Array(fx.ids.length);
  if (!hasRange(range)) {
    for (let i = 0; i < flags.length; i += 1) flags[i] = fx.meeting[i]!;
    return flags;
  }
  const days = rangeDays(range);
  const first = dayNumber(days.first);
  const last = dayNumber(days.last);
  // A span that ends on or after `first` starts no earlier than `first - longest`.
  const end = lowerBound(fx.firstDay, last + 1);
  for (let at = lowerBound(fx.firstDay, first - fx.longest); at < end; at += 1) {
    if (fx.lastDay[at]! >= first) flags[fx.byFirst[at]!] = 1;
  }
  return flags;
}

/** The ids of the meetings the range shows (dated ones overlapping it; all, undated too, with no range). */
export function meetingsInRange(index: GraphIndex, range: DateRange): Set<string> {
  const fx = filterIndexOf(index);
  const flags = meetingFlags(fx, range);
  const ids = new Set<string>();
  for (let i = 0; i < flags.length; i += 1) if (flags[i]) ids.add(fx.ids[i]!);
  return ids;
}

function passingFlags(fx: FilterIndex, filter: VisibleFilter): Uint8Array {
  const inRange = meetingFlags(fx, filter.range);
  const ranged = hasRange(filter.range);
  const allowed = new Uint8Array(NODE_TYPES.length);
  NODE_TYPES.forEach((type, t) => (allowed[t] = filter.types === null || filter.types.includes(type) ? 1 : 0));
  const passing = new Uint8Array(fx.ids.length);
  if (ranged) {
    // An actor passes when linked to a meeting in the range: walk out from those meetings.
    for (let m = 0; m < inRange.length; m += 1) {
      if (!inRange[m]) continue;
      for (let at = fx.adjStart[m]!; at < fx.adjStart[m + 1]!; at += 1) {
        const other = fx.adjNode[at]!;
        if (other >= 0 && !fx.meeting[other]) passing[other] = 1;
      }
    }
  }
  for (let i = 0; i < passing.length; i += 1) {
    if (!allowed[fx.type[i]!]) passing[i] = 0;
    else if (fx.meeting[i]) passing[i] = inRange[i]!;
    else if (!ranged) passing[i] = 1;
  }
  return passing;
}

/** Nodes within `depth` steps of the focus, walking only through passing nodes, in the order reached. */
function neighbourhood(fx: FilterIndex, focus: number, depth: number, passing: Uint8Array): number[] {
  const reached = new Uint8Array(passing.length);
  reached[focus] = 1;
  const order = [focus];
  let frontier = [focus];
  for (let step = 0; step < depth; step += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let at = fx.adjStart[node]!; at < fx.adjStart[node + 1]!; at += 1) {
        const other = fx.adjNode[at]!;
        if (other >= 0 && passing[other] && !reached[other]) {
          reached[other] = 1;
          order.push(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return order;
}

/**
 * The bounded view of a large graph: the most connected actors, then the meetings that join
 * most of them, so the picture shows who meets whom rather than a scatter of unlinked hubs.
 * A third of the budget goes to actors first; meetings fill the rest, then more actors.
 */
function withinBudget(fx: FilterIndex, inView: Uint8Array, limit: number, keep: readonly string[]): number[] {
  const kept: number[] = [];
  const isKept = new Uint8Array(inView.length);
  const add = (node: number) => {
    if (isKept[node]) return;
    isKept[node] = 1;
    kept.push(node);
  };
  for (const id of keep) {
    const node = fx.position.get(id);
    if (node !== undefined && inView[node]) add(node);
  }
  const actors: number[] = [];
  for (const node of fx.actorsByRank) if (inView[node]) actors.push(node);
  const lead = Math.max(1, Math.ceil(limit / 3));
  for (let i = 0; i < lead && i < actors.length; i += 1) add(actors[i]!);
  // How many of the kept actors each shown meeting joins, counted from the actors' side.
  const joined = new Int32Array(inView.length);
  const touched: number[] = [];
  for (const actor of [...kept]) {
    for (let at = fx.adjStart[actor]!; at < fx.adjStart[actor + 1]!; at += 1) {
      const other = fx.adjNode[at]!;
      if (other < 0 || !inView[other] || !fx.meeting[other]) continue;
      if (joined[other] === 0) touched.push(other);
      joined[other] = joined[other]! + 1;
    }
  }
  touched.sort((a, b) => joined[b]! - joined[a]! || fx.rank[a]! - fx.rank[b]!);
  for (const node of touched) {
    if (kept.length >= limit) break;
    add(node);
  }
  for (const node of actors) {
    if (kept.length >= limit) break;
    add(node);
  }
  return kept;
}

export function computeVisibleGraph(index: GraphIndex, filter: VisibleFilter): VisibleGraph {
  const fx = filterIndexOf(index);
  const passing = passingFlags(fx, filter);
  let nodes: number[];
  const focus = filter.focus ? fx.position.get(filter.focus.node) : undefined;
  if (filter.focus && focus !== undefined) nodes = neighbourhood(fx, focus, filter.focus.depth, passing);
  else {
    nodes = [];
    for (let i = 0; i < passing.length; i += 1) if (passing[i]) nodes.push(i);
  }
  const matching = nodes.length;
  if (nodes.length > filter.nodeLimit) {
    const inView = new Uint8Array(passing.length);
    for (const node of nodes) inView[node] = 1;
    nodes = withinBudget(fx, inView, filter.nodeLimit, filter.keep);
  }
  const shown = new Uint8Array(passing.length);
  for (const node of nodes) shown[node] = 1;
  // The edges between shown nodes, found from the shown side and put back in the graph's order.
  const edgeSeen = new Uint8Array(fx.table.edgeCount);
  const edges: number[] = [];
  for (const node of nodes) {
    for (let at = fx.adjStart[node]!; at < fx.adjStart[node + 1]!; at += 1) {
      const other = fx.adjNode[at]!;
      const edge = fx.adjEdge[at]!;
      if (other >= 0 && edge >= 0 && shown[other] && !edgeSeen[edge]) {
        edgeSeen[edge] = 1;
        edges.push(edge);
      }
    }
  }
  edges.sort((a, b) => a - b);
  return {
    nodeIds: new Set(nodes.map((node) => fx.ids[node]!)),
    edgeIds: new Set(edges.map((edge) => edgeIdAt(fx.table, edge))),
    matching,
  };
}

/**
 * The view with the selection in it. A selection already on screen (or one no filter lets
 * through) leaves the view as it is, so clicking a node never reshuffles the picture and costs
 * no recomputation; only a selection the budget left out (chosen in search, the list or a link)
 * asks for the view again with it kept.
 */
export function keepOutside(base: VisibleGraph, keep: readonly string[], nodeLimit: number): boolean {
  // Under the budget, the base view is every node that passes: what it lacks cannot be shown.
  if (base.matching <= nodeLimit) return false;
  return keep.some((id) => !base.nodeIds.has(id));
}
