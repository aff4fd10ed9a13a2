/**
 * Hovering a node lights up its neighbourhood, hovering an edge lights up the edge: handled on
 * the canvas alone, never through React. Edges are the edge layer's, so an edge is found under
 * the pointer when it moves over the background.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { nodesWithIds, type EdgeLayer } from './edge-layer';

export function HoverController({ cy, edges }: { cy: Core; edges: EdgeLayer }) {
  useEffect(
    function highlightOnHover() {
      const container = cy.container();
      let overNode = false;
      let hoveredEdge: string | null = null;
      const cursor = (pointer: boolean) => {
        if (container) container.style.cursor = pointer ? 'pointer' : '';
      };
      const enter = (event: EventObject) => {
        overNode = true;
        hoveredEdge = null;
        const around = edges.incident(event.target.id());
        cy.batch(() => {
          event.target.addClass('hover');
          nodesWithIds(cy, around.nodes).addClass('hover');
        });
        edges.setHover(around.edges);
        cursor(true);
      };
      const leave = () => {
        overNode = false;
        cy.batch(() => cy.nodes('.hover').removeClass('hover'));
        edges.setHover([]);
        cursor(false);
      };
      const move = (event: EventObject) => {
        if (overNode || (event.target as unknown) !== cy) return;
        const edge = edges.edgeAt(event.position.x, event.position.y);
        if (edge === hoveredEdge) return;
        hoveredEdge = edge;
        edges.setHover(edge === null ? [] : [edge]);
        cursor(edge !== null);
      };
      cy.on('mouseover', 'node', enter);
      cy.on('mouseout', 'node', leave);
      cy.on('mousemove', move);
      return () => {
        cy.off('mouseover', 'node', enter);
        cy.off('mouseout', 'node', leave);
        cy.off('mousemove', move);
      };
    },
    [cy, edges],
  );
  return null;
}
