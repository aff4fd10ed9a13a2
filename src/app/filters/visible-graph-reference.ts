/**
 * The plain reading of the visible-graph rules, kept as the oracle the tests compare
 * visible-graph.ts against: it walks every node and edge on every change, so the app does not use it.
 *
 * Which nodes and edges the canvas and the list show, from the filters in the view:
 * node types, the date range, the focus neighbourhood and the node budget.
 *
 * Time rules (also in the README): a meeting is shown when its date span overlaps the range
 * (a month-precision date covers its month). Undated meetings are shown only while no range is
 * set. With a range set, states, officials and organizations are shown when they are linked to
 * a meeting in the range; with no range, all of them are shown.
 */
import type { DateRange } from '../../shared/dates/iso';
import { otherEnd, type GraphIndex } from '../graph-data/graph-index';
import { hasRange, rangeDays, type Focus, type VisibleFilter, type VisibleGraph } from './visible-graph';

export function referenceMeetingsInRange(index: GraphIndex, range: DateRange): Set<string> {
  const ranged = hasRange(range);
  const days = rangeDays(range);
  const inRange = new Set<string>();
  for (const node of index.graph.nodes) {
    if (node.type !== 'meeting') continue;
    const span = index.meetingSpans.get(node.id);
    if (!span) {
      if (!ranged) inRange.add(node.id);
    } else if (!ranged || (span.last >= days.first && span.first <= days.last)) inRange.add(node.id);
  }
  return inRange;
}

function passesFilters(index: GraphIndex, filter: VisibleFilter): Set<string> {
  const meetings = referenceMeetingsInRange(index, filter.range);
  const ranged = hasRange(filter.range);
  const types = filter.types ? new Set(filter.types) : null;
  const passing = new Set<string>();
  for (const node of index.graph.nodes) {
    if (types && !types.has(node.type)) continue;
    if (node.type === 'meeting') {
      if (meetings.has(node.id)) passing.add(node.id);
    } else if (!ranged) passing.add(node.id);
    else if ((index.edgesByNode.get(node.id) ?? []).some((e) => meetings.has(otherEnd(e, node.id)))) {
      passing.add(node.id);
    }
  }
  return passing;
}

/** Nodes within `depth` steps of the focus, walking only through nodes that pass the filters. */
function neighbourhood(index: GraphIndex, focus: Focus, passing: ReadonlySet<string>): Set<string> {
  const reached = new Set([focus.node]);
  let frontier = [focus.node];
  for (let step = 0; step < focus.depth; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of index.edgesByNode.get(id) ?? []) {
        const other = otherEnd(edge, id);
        if (passing.has(other) && !reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * The bounded view of a large graph: the most connected actors, then the meetings that join
 * most of them, so the picture shows who meets whom rather than a scatter of unlinked hubs.
 * A third of the budget goes to actors first; meetings fill the rest, then more actors.
 */
function withinBudget(index: GraphIndex, nodes: Set<string>, limit: number, keep: readonly string[]): Set<string> {
  const degree = (id: string) => index.degree.get(id) ?? 0;
  const byDegree = (a: string, b: string) => degree(b) - degree(a) || (a < b ? -1 : 1);
  const actors: string[] = [];
  for (const id of nodes) if (index.nodeById.get(id)?.type !== 'meeting') actors.push(id);
  actors.sort(byDegree);
  const kept = new Set<string>();
  for (const id of keep) if (nodes.has(id)) kept.add(id);
  const leadActors = actors.slice(0, Math.max(1, Math.ceil(limit / 3)));
  for (const id of leadActors) kept.add(id);
  // How many of the kept actors each shown meeting joins, counted from the actors' side.
  const joined = new Map<string, number>();
  for (const actor of kept) {
    for (const edge of index.edgesByNode.get(actor) ?? []) {
      const other = otherEnd(edge, actor);
      if (nodes.has(other) && index.nodeById.get(other)?.type === 'meeting') {
        joined.set(other, (joined.get(other) ?? 0) + 1);
      }
    }
  }
  const ranked = [...joined.keys()].sort((a, b) => (joined.get(b) ?? 0) - (joined.get(a) ?? 0) || byDegree(a, b));
  for (const id of ranked) {
    if (kept.size >= limit) break;
    kept.add(id);
  }
  for (const id of actors) {
    if (kept.size >= limit) break;
    kept.add(id);
  }
  return kept;
}

export function referenceVisibleGraph(index: GraphIndex, filter: VisibleFilter): VisibleGraph {
  let nodes = passesFilters(index, filter);
  if (filter.focus && index.nodeById.has(filter.focus.node)) {
    nodes = neighbourhood(index, filter.focus, nodes);
  }
  const matching = nodes.size;
  if (nodes.size > filter.nodeLimit) nodes = withinBudget(index, nodes, filter.nodeLimit, filter.keep);
  const edgeIds = new Set<string>();
  for (const edge of index.graph.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edgeIds.add(edge.id);
  }
  return { nodeIds: nodes, edgeIds, matching };
}
