/** Hovering a node lights up its neighbourhood: handled on the canvas alone, never through React. */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';

export function HoverController({ cy }: { cy: Core }) {
  useEffect(
    function highlightNeighbourhoodOnHover() {
      const container = cy.container();
      const enter = (event: EventObject) => {
        cy.batch(() => event.target.closedNeighborhood().addClass('hover'));
        if (container) container.style.cursor = 'pointer';
      };
      const leave = () => {
        cy.batch(() => cy.elements('.hover').removeClass('hover'));
        if (container) container.style.cursor = '';
      };
      const edgeEnter = (event: EventObject) => {
        event.target.addClass('hover');
        if (container) container.style.cursor = 'pointer';
      };
      cy.on('mouseover', 'node', enter);
      cy.on('mouseout', 'node', leave);
      cy.on('mouseover', 'edge', edgeEnter);
      cy.on('mouseout', 'edge', leave);
      return () => {
        cy.off('mouseover', 'node', enter);
        cy.off('mouseout', 'node', leave);
        cy.off('mouseover', 'edge', edgeEnter);
        cy.off('mouseout', 'edge', leave);
      };
    },
    [cy],
  );
  return null;
}
