/** Centres the camera on an element when asked (search, list, link); animated unless motion is reduced. */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import { prefersReducedMotion } from '../layout/media';
import { useAppStore } from '../store/app-store';

/** Closer than the overview, so the chosen element and its labels can be read. */
const READING_ZOOM = 1.6;

export function CameraController({ cy, visible }: { cy: Core; visible: VisibleGraph }) {
  const camera = useAppStore((state) => state.camera);
  const done = useRef<number | null>(null);

  useEffect(
    function centreOnRequest() {
      if (!camera || done.current === camera.seq) return;
      const target = cy.getElementById(camera.id);
      // The element may arrive with the next visible graph; the request waits for it.
      if (target.empty()) return;
      done.current = camera.seq;
      const zoom = Math.max(cy.zoom(), READING_ZOOM);
      cy.stop();
      if (prefersReducedMotion()) {
        cy.zoom(zoom);
        cy.center(target);
      } else {
        cy.animate({ zoom, center: { eles: target } }, { duration: 350, easing: 'ease-in-out-cubic' });
      }
    },
    [cy, camera, visible],
  );

  return null;
}
