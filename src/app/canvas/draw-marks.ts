/** Performance marks for the benchmark, set once the canvas has drawn what was asked. */
import type { Core } from 'cytoscape';

export type CanvasMark = 'diplograph:first-frame' | 'diplograph:range-settled';

/** Marks after the next draw; when nothing needed drawing, after the next two frames. */
export function markWhenDrawn(cy: Core, mark: CanvasMark, then?: () => void): void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    cy.off('render', fire);
    performance.mark(mark);
    then?.();
  };
  cy.one('render', fire);
  requestAnimationFrame(() => requestAnimationFrame(fire));
}
