/**
 * When the canvas changes size (a panel opens or closes, the window turns), the point that was
 * in the middle stays in the middle: what was centred on stays under the reader's eye.
 */
import type { Core } from 'cytoscape';
import { useEffect } from 'react';

export function ResizeController({ cy }: { cy: Core }) {
  useEffect(
    function keepCentreOnResize() {
      const container = cy.container();
      if (!container) return;
      let width = container.clientWidth;
      let height = container.clientHeight;
      const observer = new ResizeObserver(() => {
        const w = container.clientWidth;
        const h = container.clientHeight;
        if (w === width && h === height) return;
        cy.resize();
        cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
        width = w;
        height = h;
      });
      observer.observe(container);
      return () => observer.disconnect();
    },
    [cy],
  );
  return null;
}
