/**
 * Canvas taps become store actions; the store, not Cytoscape, holds the selection. A tap on the
 * background selects the edge under it, if any (edges are the edge layer's), else clears.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import type { EdgeLayer } from './edge-layer';

export function EventsController({ cy, edges }: { cy: Core; edges: EdgeLayer }) {
  useEffect(
    function tapsToActions() {
      const { selectNode, selectEdge, clearSelection } = useAppStore.getState();
      const onTap = (event: EventObject) => {
        const target = event.target as Core | EventObject['target'];
        if (target !== cy) {
          if (event.target.isNode()) selectNode(event.target.id());
          return;
        }
        const edge = edges.edgeAt(event.position.x, event.position.y);
        if (edge === null) clearSelection();
        else selectEdge(edge);
      };
      cy.on('tap', onTap);
      return () => {
        cy.off('tap', onTap);
      };
    },
    [cy, edges],
  );
  return null;
}
