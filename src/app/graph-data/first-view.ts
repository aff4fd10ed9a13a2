/**
 * The first view (data/first.json): at build time, the rows of the view file that the default
 * view shows; in the browser, that file read into a partial GraphIndex. The rows are chosen by
 * the app's own visibility rules (computeVisibleGraph) run over the whole view, so the first
 * frame draws exactly what the full view shows once it has loaded, and nothing moves.
 */
import { z } from 'zod';
import { firstViewFile, type FirstViewFile, type ViewFile } from '../../shared/graph/split';
import { NODE_BUDGET_STEP } from '../filters/filters-slice';
import { computeVisibleGraph } from '../filters/visible-graph';
import { indexGraph, type GraphIndex } from './graph-index';
import { readGraphView } from './graph-view';

/** The view a link without filters, range, focus, search or selection opens on. */
export const DEFAULT_FILTER = {
  types: null,
  range: {},
  focus: null,
  nodeLimit: NODE_BUDGET_STEP,
  keep: [],
} as const;

/**
 * The first view of a view file, or null when there is none to give: a file the app would
 * refuse or repair (it then needs the full file to say why), or a graph small enough that the
 * default view is all of it.
 */
export function firstViewOf(view: ViewFile, nodeLimit: number = NODE_BUDGET_STEP): FirstViewFile | null {
  const check = readGraphView(view);
  if (!check.ok || check.setAside.length > 0) return null;
  const index = indexGraph(check.view);
  const visible = computeVisibleGraph(index, { ...DEFAULT_FILTER, nodeLimit, keep: [] });
  if (visible.nodeIds.size === check.view.nodes.length) return null;
  // Decoded nodes and edges are in the file's row order (no edge was left out above).
  const nodeRow = new Map(check.view.nodes.map((node, row) => [node.id, row]));
  const edgeRow = new Map(check.view.edges.map((edge, row) => [edge.id, row]));
  const nodeRows = [...visible.nodeIds].map((id) => nodeRow.get(id)!);
  const edgeRows = [...visible.edgeIds].map((id) => edgeRow.get(id)!);
  return firstViewFile(view, nodeRows, edgeRows, {
    degree: nodeRows.map((row) => index.degree.get(check.view.nodes[row]!.id) ?? 0),
    matching: visible.matching,
  });
}

const count = z.number().int().nonnegative();
const FirstSchema = z.object({
  degree: z.array(count),
  matching: count,
  total: z.object({ nodes: count, edges: count }),
});

/**
 * The first-view file as a partial index, or null when it cannot serve: anything wrong with it
 * sends the app to the full view file, whose own checks then speak.
 */
export function usableFirstView(json: unknown): GraphIndex | null {
  const first = FirstSchema.safeParse((json as { first?: unknown } | null)?.first);
  if (!first.success) return null;
  const check = readGraphView(json);
  if (!check.ok || check.setAside.length > 0) return null;
  if (first.data.degree.length !== check.view.nodes.length) return null;
  return indexGraph(check.view, [], first.data);
}
