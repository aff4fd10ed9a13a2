/**
 * Keeps the selection in sight. A request (search, list, link) centres the camera on an
 * element, animated unless motion is reduced; any other new selection, a click on the canvas,
 * is panned only when the panel drawn over the canvas would hide it. Both keep to the part of
 * the canvas the panel leaves free, so the canvas itself never changes size for a panel.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import { COVERS_CANVAS } from '../layout/canvas-cover';
import { prefersReducedMotion } from '../layout/media';
import { useAppStore } from '../store/app-store';
import type { Box } from './edge-geometry';
import type { EdgeLayer } from './edge-layer';
import { cameraTarget, freeArea, relativeTo, revealShift, type Rect } from './free-area';

/** Closer than the overview, so the chosen element and its labels can be read. */
const READING_ZOOM = 1.6;
/** How far inside the free part a revealed selection lands, in pixels. */
const REVEAL_MARGIN = 48;

/**
 * The free part in Cytoscape's own idea of the canvas size (cy.width/height, updated on
 * resize): a panel opening beside the list resizes the canvas before Cytoscape hears of it,
 * and resize-controller.tsx corrects the camera for that afterwards.
 */
function freePart(cy: Core): Rect {
  const container = cy.container();
  const cover = container && document.querySelector(`[${COVERS_CANVAS}]`);
  const box = cover ? relativeTo(cover.getBoundingClientRect(), container.getBoundingClientRect()) : null;
  return freeArea(cy.width(), cy.height(), box);
}

/** A node's box (without its label) or an edge's, in model coordinates; null when it is not drawn. */
function modelBox(cy: Core, edges: EdgeLayer, id: string): Box | null {
  const node = cy.getElementById(id);
  if (node.nonempty()) return node.boundingBox({ includeLabels: false });
  return edges.box(id) ?? null;
}

export function CameraController({ cy, edges, visible }: { cy: Core; edges: EdgeLayer; visible: VisibleGraph }) {
  const camera = useAppStore((state) => state.camera);
  const selection = useAppStore((state) => state.selection);
  const done = useRef<number | null>(null);
  const revealed = useRef<string | null>(null);

  useEffect(
    function keepSelectionInSight() {
      const animate = !prefersReducedMotion();
      if (camera && done.current !== camera.seq) {
        const box = modelBox(cy, edges, camera.id);
        // The element may arrive with the next visible graph; the request waits for it.
        if (!box) return;
        done.current = camera.seq;
        revealed.current = camera.id;
        const zoom = Math.max(cy.zoom(), READING_ZOOM);
        const at = cameraTarget(cy.width(), cy.height(), freePart(cy), REVEAL_MARGIN);
        const pan = { x: at.x - ((box.x1 + box.x2) / 2) * zoom, y: at.y - ((box.y1 + box.y2) / 2) * zoom };
        cy.stop();
        if (animate) cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
        else cy.viewport({ zoom, pan });
        return;
      }
      const id = selection?.id ?? null;
      if (id === revealed.current) return;
      if (id === null) {
        revealed.current = null;
        return;
      }
      if (!modelBox(cy, edges, id)) return;
      // Measured once the frame with the new panel is drawn: reading the panel's box now would
      // force the page's layout ahead of the frame, on the click's critical path.
      let timer = 0;
      const frame = requestAnimationFrame(() => {
        timer = window.setTimeout(function revealSelection() {
          const box = modelBox(cy, edges, id);
          if (!box) return;
          revealed.current = id;
          const zoom = cy.zoom();
          const pan = cy.pan();
          const centre = { x: ((box.x1 + box.x2) / 2) * zoom + pan.x, y: ((box.y1 + box.y2) / 2) * zoom + pan.y };
          const shift = revealShift(centre, freePart(cy), REVEAL_MARGIN);
          if (shift.x === 0 && shift.y === 0) return;
          cy.stop();
          if (animate) cy.animate({ panBy: shift }, { duration: 250, easing: 'ease-out-cubic' });
          else cy.panBy(shift);
        });
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    },
    [cy, edges, camera, selection, visible],
  );

  return null;
}
