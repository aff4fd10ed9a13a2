/** Canvas taps become store actions; the store, not Cytoscape, holds the selection. */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';

export function EventsController({ cy }: { cy: Core }) {
  useEffect(
    function tapsToActions() {
      const { selectNode, selectEdge, clearSelection } = useAppStore.getState();
      const onTap = (event: EventObject) => {
        const target = event.target as Core | EventObject['target'];
        if (target === cy) clearSelection();
        else if (event.target.isNode()) selectNode(event.target.id());
        else if (event.target.isEdge()) selectEdge(event.target.id());
      };
      cy.on('tap', onTap);
      return () => {
        cy.off('tap', onTap);
      };
    },
    [cy],
  );
  return null;
}
