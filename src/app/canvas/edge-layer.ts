/**
 * The canvas's edges, drawn on a canvas of our own under Cytoscape's, which holds the nodes only.
 *
 * Why: at scale most of what a date-range change costs is edges. Cytoscape makes each edge an
 * element with its own style, bounds and stroke, so a change that swaps ~550 of the default
 * view's ~1,000 edges spent about as much on them as on everything else, and the software
 * rasterizer drew each as a separate path. Here the edges are plain segments between node
 * centres, grouped by look (hairlines in one path each, see stroke()), redrawn whenever Cytoscape
 * draws a frame, so they follow pans and zooms in the same frame. Hit tests, hover and the selection's
 * neighbourhood are answered here too (edge-geometry.ts).
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { LABEL_FONT_FAMILY, LABELS_HIDDEN_BELOW_ZOOM, SELECTED_LABEL_ZOOM } from './canvas-style';
import { nearestSegment, segmentBox, type Box } from './edge-geometry';
import { OVERVIEW_FONT_PX, placeOverviewLabels, type OverviewLabel, type Viewport } from './overview-labels';

export interface LayerEdge {
  id: string;
  source: string;
  target: string;
  /** Unreviewed edges are dashed. */
  dashed: boolean;
}

interface Stroke {
  color: string;
  width: number;
  alpha: number;
}

export interface EdgeLook {
  plain: Stroke;
  hover: Stroke;
  neighbour: Stroke;
  selected: Stroke;
  /** The soft halo under the selected edge: its colour and alpha, and how far it reaches past the line. */
  halo: Stroke;
  dash: readonly number[];
  /** The overview labels' text colour and the halo behind it (overview-labels.ts). */
  label: { color: string; halo: string };
}

/** How near (in screen pixels, beyond half the line) a pointer must come to hit an edge. */
const HIT_TOLERANCE_PX = 5;

const enum Mark {
  None = 0,
  Hover = 1,
  Neighbour = 2,
  Selected = 3,
}

export class EdgeLayer {
  private edges: LayerEdge[] = [];
  private position = new Map<string, number>();
  private coords = new Float64Array(0);
  private byNode = new Map<string, number[]>();
  private marks = new Uint8Array(0);
  private hovered: string[] = [];
  private neighbours: string[] = [];
  private selected: string | null = null;
  private frame = 0;
  /** Bumped on every change to what is drawn; with the viewport, it says whether a draw is needed. */
  private version = 0;
  private drawn = '';
  private labels: readonly OverviewLabel[] = [];
  private readonly labelWidths = new Map<string, number>();
  private readonly onRender = () => this.draw();

  constructor(
    private readonly cy: Core,
    private readonly canvas: HTMLCanvasElement,
    private look: EdgeLook,
  ) {
    cy.on('render', this.onRender);
  }

  destroy(): void {
    this.cy.off('render', this.onRender);
    cancelAnimationFrame(this.frame);
  }

  setLook(look: EdgeLook): void {
    this.look = look;
    this.version += 1;
    this.requestDraw();
  }

  /** The edges to draw, between nodes already on Cytoscape's canvas (their positions are read there). */
  setEdges(edges: readonly LayerEdge[]): void {
    const kept: LayerEdge[] = [];
    const coords: number[] = [];
    for (const edge of edges) {
      const a = this.cy.getElementById(edge.source);
      const b = this.cy.getElementById(edge.target);
      if (a.empty() || b.empty()) continue;
      kept.push(edge);
      coords.push(a.position('x'), a.position('y'), b.position('x'), b.position('y'));
    }
    this.edges = kept;
    // What is drawn, for tests and the benchmark (Cytoscape's own element count no longer has the edges).
    this.canvas.dataset.edges = String(kept.length);
    this.position = new Map(kept.map((e, i) => [e.id, i]));
    this.coords = Float64Array.from(coords);
    this.byNode = new Map();
    kept.forEach((edge, i) => {
      for (const end of [edge.source, edge.target]) {
        const list = this.byNode.get(end);
        if (list) list.push(i);
        else this.byNode.set(end, [i]);
      }
    });
    this.remark();
  }

  /** The busiest nodes on the canvas, busiest first, to name while Cytoscape's labels are hidden. */
  setLabels(labels: readonly OverviewLabel[]): void {
    this.labels = labels;
    this.version += 1;
    this.requestDraw();
  }

  get size(): number {
    return this.edges.length;
  }

  has(id: string): boolean {
    return this.position.has(id);
  }

  /** The ids of an edge's two end nodes. */
  endpoints(id: string): [string, string] | undefined {
    const i = this.position.get(id);
    const edge = i === undefined ? undefined : this.edges[i];
    return edge && [edge.source, edge.target];
  }

  /** The edge's box in model coordinates. */
  box(id: string): Box | undefined {
    const i = this.position.get(id);
    return i === undefined ? undefined : segmentBox(this.coords, i);
  }

  /** The edges drawn at a node and the nodes at their other ends. */
  incident(node: string): { edges: string[]; nodes: string[] } {
    const list = this.byNode.get(node) ?? [];
    const nodes = new Set<string>();
    for (const i of list) {
      const edge = this.edges[i]!;
      nodes.add(edge.source === node ? edge.target : edge.source);
    }
    return { edges: list.map((i) => this.edges[i]!.id), nodes: [...nodes] };
  }

  /** The edge under a point in model coordinates, or null. */
  edgeAt(x: number, y: number): string | null {
    const tolerance = HIT_TOLERANCE_PX / this.cy.zoom() + this.look.plain.width / 2;
    const i = nearestSegment(this.coords, x, y, tolerance);
    return i < 0 ? null : this.edges[i]!.id;
  }

  setHover(ids: readonly string[]): void {
    this.hovered = [...ids];
    this.remark();
  }

  setSelection(neighbours: readonly string[], selected: string | null): void {
    this.neighbours = [...neighbours];
    this.selected = selected;
    this.remark();
  }

  private remark(): void {
    this.marks = new Uint8Array(this.edges.length);
    const mark = (ids: readonly string[], value: Mark) => {
      for (const id of ids) {
        const i = this.position.get(id);
        if (i !== undefined) this.marks[i] = Math.max(this.marks[i]!, value);
      }
    };
    mark(this.hovered, Mark.Hover);
    mark(this.neighbours, Mark.Neighbour);
    if (this.selected !== null) mark([this.selected], Mark.Selected);
    this.version += 1;
    this.requestDraw();
  }

  /** A draw in the next frame, unless Cytoscape draws one first (its render event draws this too). */
  requestDraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /**
   * Draws the edges for the current viewport. Cytoscape also renders frames that change nothing
   * here (textures it builds in idle time, node restyles): those are skipped, since every stroke
   * of this canvas is rasterized again when the frame is composited.
   */
  draw(): void {
    if (this.frame !== 0) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    const ratio = window.devicePixelRatio || 1;
    const width = this.cy.width();
    const height = this.cy.height();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const state = `${this.version}|${zoom}|${pan.x}|${pan.y}|${width}|${height}|${ratio}`;
    if (state === this.drawn) return;
    this.drawn = state;
    const canvas = this.canvas;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const viewport: Viewport = { zoom, pan, width, height };
    if (this.edges.length > 0) this.drawEdges(context, viewport, ratio);
    this.drawLabels(context, viewport, ratio);
  }

  private drawEdges(context: CanvasRenderingContext2D, { zoom, pan, width, height }: Viewport, ratio: number): void {
    context.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    context.lineCap = 'butt';
    // The part of the plane on screen, so that a zoomed-in view strokes only what shows.
    const view = { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (width - pan.x) / zoom, y2: (height - pan.y) / zoom };
    const { plain, hover, neighbour, selected, halo } = this.look;
    this.strokeMarked(context, view, Mark.None, plain);
    this.strokeMarked(context, view, Mark.Hover, hover);
    this.strokeMarked(context, view, Mark.Neighbour, neighbour);
    if (this.selected !== null && this.position.has(this.selected)) {
      const one = (i: number) => this.marks[i] === Mark.Selected;
      this.stroke(context, view, { ...halo, width: selected.width + 2 * halo.width }, null, one);
      this.strokeMarked(context, view, Mark.Selected, selected);
    }
  }

  /** The overview labels, in screen space, when the zoom hides Cytoscape's own. */
  private drawLabels(context: CanvasRenderingContext2D, view: Viewport, ratio: number): void {
    let count = 0;
    if (view.zoom < LABELS_HIDDEN_BELOW_ZOOM && this.labels.length > 0) {
      // The selected node's label is larger: Cytoscape draws it from a lower zoom on.
      const shown =
        view.zoom < SELECTED_LABEL_ZOOM
          ? this.labels
          : this.labels.filter((label) => !this.cy.getElementById(label.id).hasClass('selected'));
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.font = `600 ${OVERVIEW_FONT_PX}px ${LABEL_FONT_FAMILY}`;
      const width = (text: string) => {
        let known = this.labelWidths.get(text);
        if (known === undefined) {
          known = context.measureText(text).width;
          this.labelWidths.set(text, known);
        }
        return known;
      };
      const placed = placeOverviewLabels(shown, view, width);
      context.textAlign = 'center';
      context.textBaseline = 'top';
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = this.look.label.halo;
      context.fillStyle = this.look.label.color;
      for (const label of placed) context.strokeText(label.text, label.x, label.y);
      for (const label of placed) context.fillText(label.text, label.x, label.y);
      count = placed.length;
    }
    // How many are named, for tests (the text is drawn, not in the page).
    this.canvas.dataset.labels = String(count);
  }

  private strokeMarked(context: CanvasRenderingContext2D, view: Box, mark: Mark, look: Stroke): void {
    for (const dashed of [false, true])
      this.stroke(
        context,
        view,
        look,
        dashed ? this.look.dash : null,
        (i) => this.marks[i] === mark && this.edges[i]!.dashed === dashed,
      );
  }

  /**
   * Strokes every on-screen edge that `include` picks. Lines at most a device pixel wide go in
   * one path: Skia draws those as hairlines, about 1 ms for 1,000 edges here. Wider lines are
   * stroked one by one: a single path of wide lines costs far more (≈20 ms for 1,000, its
   * outline is rasterized as one shape), one stroke each ≈5 ms (scratch measures, software
   * rasterizer, 1280×720).
   */
  private stroke(
    context: CanvasRenderingContext2D,
    view: Box,
    look: Stroke,
    dash: readonly number[] | null,
    include: (i: number) => boolean,
  ): void {
    const c = this.coords;
    const grow = look.width;
    const hairline = look.width * this.cy.zoom() * (window.devicePixelRatio || 1) <= 1;
    let started = false;
    for (let i = 0; i < this.edges.length; i += 1) {
      if (!include(i)) continue;
      const at = i * 4;
      const ax = c[at]!;
      const ay = c[at + 1]!;
      const bx = c[at + 2]!;
      const by = c[at + 3]!;
      if (Math.max(ax, bx) < view.x1 - grow || Math.min(ax, bx) > view.x2 + grow) continue;
      if (Math.max(ay, by) < view.y1 - grow || Math.min(ay, by) > view.y2 + grow) continue;
      if (!started) {
        started = true;
        // Dashes are kept at their screen length: in plane units a zoomed-out view would cut
        // every line into thousands of sub-pixel dashes, which the rasterizer draws one by one.
        context.setLineDash(dash ? dash.map((length) => length / this.cy.zoom()) : []);
        context.strokeStyle = look.color;
        context.globalAlpha = look.alpha;
        context.lineWidth = look.width;
        context.beginPath();
      } else if (!hairline) context.beginPath();
      context.moveTo(ax, ay);
      context.lineTo(bx, by);
      if (!hairline) context.stroke();
    }
    if (!started) return;
    if (hairline) context.stroke();
    context.globalAlpha = 1;
  }
}

/** The nodes on Cytoscape's canvas with these ids, as one collection. */
export function nodesWithIds(cy: Core, ids: readonly string[]): CollectionReturnValue {
  const nodes = cy.collection();
  for (const id of ids) nodes.merge(cy.getElementById(id));
  return nodes;
}
