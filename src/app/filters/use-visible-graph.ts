import { useMemo } from 'react';
import type { GraphIndex } from '../graph-data/graph-index';
import { useAppStore } from '../store/app-store';
import type { Selection } from '../url-state/view-state';
import { computeVisibleGraph, keepOutside, type VisibleGraph } from './visible-graph';

/** The ids a selection must keep on the canvas: the node, or both ends of the edge. */
function keptIds(index: GraphIndex, selection: Selection): string[] {
  if (!selection) return [];
  if (selection.kind === 'node') return [selection.id];
  const edge = index.edgeById.get(selection.id);
  return edge ? [edge.source, edge.target] : [];
}

/**
 * The visible graph for the current filters; recomputed only when one of them changes. The
 * selection takes part only when the view lacks it, so a click on a node already shown
 * re-renders nothing here.
 */
export function useVisibleGraph(index: GraphIndex): VisibleGraph {
  const types = useAppStore((state) => state.types);
  const from = useAppStore((state) => state.from);
  const to = useAppStore((state) => state.to);
  const focus = useAppStore((state) => state.focus);
  const depth = useAppStore((state) => state.depth);
  const nodeLimit = useAppStore((state) => state.nodeLimit);

  const filter = useMemo(
    () => ({
      types,
      range: { from: from ?? undefined, to: to ?? undefined },
      focus: focus ? { node: focus, depth } : null,
      nodeLimit,
    }),
    [types, from, to, focus, depth, nodeLimit],
  );
  const base = useMemo(() => {
    const computed = computeVisibleGraph(index, { ...filter, keep: [] });
    // The first view is the default view's nodes alone; how many could be shown is the whole graph's.
    return index.partial ? { ...computed, matching: index.partial.matching } : computed;
  }, [index, filter]);
  // A string, so the store's equality check lets an unchanged answer skip the re-render.
  const keep = useAppStore((state) => {
    const ids = keptIds(index, state.selection);
    return keepOutside(base, ids, nodeLimit) ? ids.join('\n') : '';
  });
  return useMemo(
    () => (keep === '' ? base : computeVisibleGraph(index, { ...filter, keep: keep.split('\n') })),
    [index, filter, base, keep],
  );
}
