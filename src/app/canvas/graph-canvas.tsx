/**
 * The one component that creates (and destroys) the Cytoscape instance. It renders the
 * container; the controllers beside it render nothing and each sync one thing.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import type { GraphIndex } from '../graph-data/graph-index';
import { useT } from '../i18n/use-language';
import { useColorScheme } from '../layout/media';
import { canvasStyle } from './canvas-style';
import { CameraController } from './camera-controller';
import { ElementsController } from './elements-controller';
import { EventsController } from './events-controller';
import { HoverController } from './hover-controller';
import { ResizeController } from './resize-controller';
import { SelectionController } from './selection-controller';

export function GraphCanvas({ index, visible }: { index: GraphIndex; visible: VisibleGraph }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const scheme = useColorScheme();
  const schemeRef = useRef(scheme);
  const t = useT();

  useEffect(function createCytoscape() {
    const container = containerRef.current;
    if (!container) return;
    const created = cytoscape({
      container,
      style: canvasStyle(schemeRef.current),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      // Pans and zooms redraw a cached picture instead of every element: the large-graph win.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      motionBlur: false,
    });
    // Cytoscape's own selection state is unused: the store is the source of truth.
    created.autounselectify(true);
    // One draw of the empty canvas now: Cytoscape builds its layered node textures synchronously
    // only on its very first draw, and otherwise in idle time, so the first frame with elements
    // draws them directly instead of building those textures first.
    created.forceRender();
    setCy(created);
    return () => {
      created.destroy();
    };
  }, []);

  useEffect(
    function followColorScheme() {
      // The instance was created with the current scheme's style: restyling it again would
      // recompute every element's style once more before the first frame.
      if (!cy || schemeRef.current === scheme) return;
      schemeRef.current = scheme;
      cy.style(canvasStyle(scheme));
    },
    [cy, scheme],
  );

  return (
    <>
      <div
        ref={containerRef}
        role="img"
        aria-label={t('canvasLabel', { nodes: visible.nodeIds.size, edges: visible.edgeIds.size })}
        className="h-full w-full"
        data-testid="graph-canvas"
      />
      {cy && (
        <>
          <ResizeController cy={cy} />
          <ElementsController cy={cy} index={index} visible={visible} />
          <SelectionController cy={cy} visible={visible} />
          <HoverController cy={cy} />
          <EventsController cy={cy} />
          <CameraController cy={cy} visible={visible} />
        </>
      )}
    </>
  );
}
