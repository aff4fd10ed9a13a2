import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EdgeLayer, type EdgeLook } from './edge-layer';

/** A 2D context that records the strokes asked of it: each stroke's look and its segments. */
function recordingCanvas() {
  const strokes: { color: string; width: number; alpha: number; dash: number[]; segments: number[][] }[] = [];
  const texts: { text: string; x: number; y: number }[] = [];
  let path: number[][] = [];
  let from: number[] = [];
  let dash: number[] = [];
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: 'butt',
    setTransform: () => {},
    clearRect: () => {},
    setLineDash: (d: number[]) => (dash = d),
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => (from = [x, y]),
    lineTo: (x: number, y: number) => path.push([...from, x, y]),
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    lineJoin: 'miter',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 6 }),
    strokeText: () => {},
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
    stroke: () =>
      strokes.push({
        color: context.strokeStyle,
        width: context.lineWidth,
        alpha: context.globalAlpha,
        dash,
        segments: path,
      }),
  };
  const canvas = { width: 0, height: 0, dataset: {} as Record<string, string>, getContext: () => context };
  return { canvas: canvas as unknown as HTMLCanvasElement, strokes, texts, dataset: canvas.dataset };
}

const look: EdgeLook = {
  plain: { color: 'grey', width: 1.5, alpha: 0.8 },
  hover: { color: 'red', width: 2.5, alpha: 1 },
  neighbour: { color: 'red', width: 3, alpha: 1 },
  selected: { color: 'red', width: 5, alpha: 1 },
  halo: { color: 'red', width: 6, alpha: 0.2 },
  dash: [5, 4],
  label: { color: 'black', halo: 'white' },
};

let cy: Core;
beforeEach(() => {
  vi.stubGlobal('window', { devicePixelRatio: 1 });
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => {});
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'c' }, position: { x: 100, y: 100 } },
      { data: { id: 'far' }, position: { x: 5000, y: 5000 } },
    ],
  });
  cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  // A headless instance has no container: give it the size of a canvas on screen.
  vi.spyOn(cy, 'width').mockReturnValue(1000);
  vi.spyOn(cy, 'height').mockReturnValue(800);
});
afterEach(() => {
  cy.destroy();
  vi.unstubAllGlobals();
});

function layerWith() {
  const recorded = recordingCanvas();
  const layer = new EdgeLayer(cy, recorded.canvas, look);
  layer.setEdges([
    { id: 'ab', source: 'a', target: 'b', dashed: false },
    { id: 'bc', source: 'b', target: 'c', dashed: true },
    { id: 'a-far', source: 'a', target: 'far', dashed: false },
    // An end that is not on the canvas: left out.
    { id: 'a-gone', source: 'a', target: 'gone', dashed: false },
  ]);
  return { layer, ...recorded };
}

describe('EdgeLayer', () => {
  it('keeps only edges between nodes on the canvas, and says how many it draws', () => {
    const { layer, dataset } = layerWith();
    expect(layer.size).toBe(3);
    expect(layer.has('a-gone')).toBe(false);
    expect(dataset.edges).toBe('3');
  });

  it('answers a node’s edges and neighbours, and an edge’s ends and box', () => {
    const { layer } = layerWith();
    expect(layer.incident('b')).toEqual({ edges: ['ab', 'bc'], nodes: ['a', 'c'] });
    expect(layer.endpoints('bc')).toEqual(['b', 'c']);
    expect(layer.box('bc')).toEqual({ x1: 100, y1: 0, x2: 100, y2: 100 });
    expect(layer.box('nope')).toBeUndefined();
  });

  it('finds the edge under a point, with a tolerance in screen pixels', () => {
    const { layer } = layerWith();
    expect(layer.edgeAt(50, 3)).toBe('ab');
    expect(layer.edgeAt(103, 50)).toBe('bc');
    expect(layer.edgeAt(50, -30)).toBeNull();
    // Zoomed out ten times, the same 5 screen pixels reach ten times as far in the plane.
    cy.zoom(0.1);
    expect(layer.edgeAt(50, -30)).toBe('ab');
  });

  it('strokes plain and dashed edges apart, then the marked ones on top in their own look', () => {
    const { layer, strokes } = layerWith();
    layer.setSelection(['ab'], 'bc');
    layer.draw();
    const looks = strokes.map((s) => `${s.color}/${s.width}/${s.alpha}${s.dash.length > 0 ? '/dashed' : ''}`);
    // At zoom 1 the lines are wider than a pixel: one stroke per edge. The far edge is partly on screen.
    expect(looks).toEqual(['grey/1.5/0.8', 'red/3/1', 'red/17/0.2', 'red/5/1/dashed']);
    expect(strokes[0]!.segments).toEqual([[0, 0, 5000, 5000]]);
    expect(strokes[3]!.segments).toEqual([[100, 0, 100, 100]]);
  });

  it('draws thin lines in one path, and skips edges wholly off screen', () => {
    const { layer, strokes } = layerWith();
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 0 } });
    layer.draw();
    expect(strokes).toHaveLength(2);
    expect(strokes[0]!.segments).toHaveLength(2);
    // Dashes keep their length on screen (5 and 4 px): twice as long in the plane at half zoom.
    expect(strokes[1]!.dash).toEqual([10, 8]);
    strokes.length = 0;
    // Panned so that only the far node's corner of the plane shows.
    cy.viewport({ zoom: 0.5, pan: { x: -2400, y: -2400 } });
    layer.draw();
    expect(strokes.map((s) => s.segments)).toEqual([[[0, 0, 5000, 5000]]]);
  });

  it('does not draw again when nothing it shows has changed', () => {
    const { layer, strokes } = layerWith();
    layer.draw();
    const count = strokes.length;
    layer.draw();
    expect(strokes.length).toBe(count);
    layer.setHover(['ab']);
    layer.draw();
    expect(strokes.length).toBeGreaterThan(count);
  });

  it('names the given nodes while zoomed out past Cytoscape’s labels, and gives way to them zoomed in', () => {
    const { layer, texts, dataset } = layerWith();
    layer.setLabels([
      { id: 'a', text: 'Alpha', x: 0, y: 0, degree: 12 },
      { id: 'b', text: 'Beta', x: 100, y: 0, degree: 1 },
    ]);
    cy.viewport({ zoom: 0.5, pan: { x: 200, y: 200 } });
    layer.draw();
    // Under each node's centre, past its drawn half-size (40 and 16 model units across) and a gap.
    expect(texts).toEqual([
      { text: 'Alpha', x: 200, y: 200 + 20 * 0.5 + 3 },
      { text: 'Beta', x: 250, y: 200 + 8 * 0.5 + 3 },
    ]);
    expect(dataset.labels).toBe('2');
    texts.length = 0;
    cy.zoom(1);
    layer.draw();
    expect(texts).toEqual([]);
    expect(dataset.labels).toBe('0');
  });
});
