/** Marks the selection and its neighbourhood, so selection is obvious on the canvas. */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import { useAppStore } from '../store/app-store';
import { nodesWithIds, type EdgeLayer } from './edge-layer';

/** What we keep of a collection: enough to take its classes off again. */
interface Classed {
  removeClass(classes: string): unknown;
}

export function SelectionController({ cy, edges, visible }: { cy: Core; edges: EdgeLayer; visible: VisibleGraph }) {
  const selection = useAppStore((state) => state.selection);
  const marked = useRef<{ selected: Classed; neighbours: Classed } | null>(null);

  useEffect(
    function markSelection() {
      cy.batch(() => {
        if (marked.current) {
          marked.current.selected.removeClass('selected');
          marked.current.neighbours.removeClass('neighbour');
          marked.current = null;
        }
        if (!selection) {
          edges.setSelection([], null);
          return;
        }
        // Nodes are Cytoscape's, edges the layer's: a node's neighbours are found along the
        // edges drawn, an edge's are its two ends.
        const around =
          selection.kind === 'node'
            ? edges.incident(selection.id)
            : { edges: [], nodes: edges.endpoints(selection.id) ?? [] };
        edges.setSelection(around.edges, selection.kind === 'edge' ? selection.id : null);
        const selected = cy.getElementById(selection.id);
        const neighbours = nodesWithIds(cy, around.nodes);
        selected.addClass('selected');
        neighbours.addClass('neighbour');
        marked.current = { selected, neighbours };
      });
    },
    // `visible` is a dependency so newly added elements around the selection get their classes.
    [cy, edges, selection, visible],
  );

  return null;
}
