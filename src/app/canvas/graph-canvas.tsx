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
import { canvasStyle, edgeLook } from './canvas-style';
import { EdgeLayer } from './edge-layer';
import { CameraController } from './camera-controller';
import { ElementsController } from './elements-controller';
import { EventsController } from './events-controller';
import { HoverController } from './hover-controller';
import { ResizeController } from './resize-controller';
import { SelectionController } from './selection-controller';

export function GraphCanvas({ index, visible }: { index: GraphIndex; visible: VisibleGraph }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const edgeCanvasRef = useRef<HTMLCanvasElement>(null);
  const [canvas, setCanvas] = useState<{ cy: Core; edges: EdgeLayer } | null>(null);
  const cy = canvas?.cy ?? null;
  const scheme = useColorScheme();
  const schemeRef = useRef(scheme);
  const t = useT();

  useEffect(function createCytoscape() {
    const container = containerRef.current;
    const edgeCanvas = edgeCanvasRef.current;
    if (!container || !edgeCanvas) return;
    const created = cytoscape({
      container,
      style: canvasStyle(schemeRef.current),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // Nodes stay where the pipeline put them: the edge layer reads their positions once per view.
      autoungrabify: true,
      selectionType: 'single',
      // Pans and zooms redraw a cached picture instead of every element: the large-graph win.
      textureOnViewport: true,
      motionBlur: false,
    });
    // Cytoscape's own selection state is unused: the store is the source of truth.
    created.autounselectify(true);
    // One draw of the empty canvas now: Cytoscape builds its layered node textures synchronously
    // only on its very first draw, and otherwise in idle time, so the first frame with elements
    // draws them directly instead of building those textures first.
    created.forceRender();
    const edges = new EdgeLayer(created, edgeCanvas, edgeLook(schemeRef.current));
    setCanvas({ cy: created, edges });
    return () => {
      edges.destroy();
      created.destroy();
    };
  }, []);

  useEffect(
    function followColorScheme() {
      // The instance was created with the current scheme's style: restyling it again would
      // recompute every element's style once more before the first frame.
      if (!canvas || schemeRef.current === scheme) return;
      schemeRef.current = scheme;
      canvas.cy.style(canvasStyle(scheme));
      canvas.edges.setLook(edgeLook(scheme));
    },
    [canvas, scheme],
  );

  return (
    <div className="relative h-full w-full">
      {/* The edges, under Cytoscape's transparent canvases (edge-layer.ts). */}
      <canvas
        ref={edgeCanvasRef}
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 h-full w-full"
        data-testid="edge-layer"
      />
      <div
        ref={containerRef}
        role="img"
        aria-label={t('canvasLabel', { nodes: visible.nodeIds.size, edges: visible.edgeIds.size })}
        className="absolute inset-0 h-full w-full"
        data-testid="graph-canvas"
      />
      {cy && canvas && (
        <>
          <ResizeController cy={cy} />
          <ElementsController cy={cy} edges={canvas.edges} index={index} visible={visible} />
          <SelectionController cy={cy} edges={canvas.edges} visible={visible} />
          <HoverController cy={cy} edges={canvas.edges} />
          <EventsController cy={cy} edges={canvas.edges} />
          <CameraController cy={cy} edges={canvas.edges} visible={visible} />
        </>
      )}
    </div>
  );
}
