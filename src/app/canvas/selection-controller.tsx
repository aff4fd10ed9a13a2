/** Marks the selection and its neighbourhood with classes, so selection is obvious on the canvas. */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import { useAppStore } from '../store/app-store';

/** What we keep of a collection: enough to take its classes off again. */
interface Classed {
  removeClass(classes: string): unknown;
}

export function SelectionController({ cy, visible }: { cy: Core; visible: VisibleGraph }) {
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
        if (!selection) return;
        const selected = cy.getElementById(selection.id);
        if (selected.empty()) return;
        const neighbours =
          selection.kind === 'node' ? selected.closedNeighborhood().difference(selected) : selected.connectedNodes();
        selected.addClass('selected');
        neighbours.addClass('neighbour');
        marked.current = { selected, neighbours };
      });
    },
    // `visible` is a dependency so newly added elements around the selection get their classes.
    [cy, selection, visible],
  );

  return null;
}
