import { useMemo } from 'react';
import type { GraphIndex } from '../graph-data/graph-index';
import { useAppStore } from '../store/app-store';
import { computeVisibleGraph, type VisibleGraph } from './visible-graph';

/** The visible graph for the current filters; recomputed only when one of them changes. */
export function useVisibleGraph(index: GraphIndex): VisibleGraph {
  const types = useAppStore((state) => state.types);
  const from = useAppStore((state) => state.from);
  const to = useAppStore((state) => state.to);
  const focus = useAppStore((state) => state.focus);
  const depth = useAppStore((state) => state.depth);
  const nodeLimit = useAppStore((state) => state.nodeLimit);
  const selection = useAppStore((state) => state.selection);

  const keep = useMemo(() => {
    if (!selection) return [];
    if (selection.kind === 'node') return [selection.id];
    const edge = index.edgeById.get(selection.id);
    return edge ? [edge.source, edge.target] : [];
  }, [index, selection]);

  return useMemo(
    () =>
      computeVisibleGraph(index, {
        types,
        range: { from: from ?? undefined, to: to ?? undefined },
        focus: focus ? { node: focus, depth } : null,
        nodeLimit,
        keep,
      }),
    [index, types, from, to, focus, depth, nodeLimit, keep],
  );
}
