/**
 * Names for the busiest nodes while the canvas is zoomed out too far for Cytoscape's own labels.
 *
 * At scale the first view fits hundreds of nodes from a layout of the whole graph, so it opens
 * zoomed out well below the zoom at which the stylesheet's labels are drawn (min-zoomed-font-size):
 * a cloud of unnamed dots. Here the most connected actors on the canvas are named at a fixed
 * screen size, busiest first, each under its node, skipping any that would overlap one already
 * placed or fall off screen. The edge layer draws them (screen space, same frame as the edges);
 * once the zoom is high enough for Cytoscape's labels, these give way to them.
 */
import { nodeDiameter } from './canvas-style';

export interface OverviewLabel {
  id: string;
  text: string;
  /** Model coordinates of the node's centre. */
  x: number;
  y: number;
  /** The node's degree in the whole graph, which sets its drawn size. */
  degree: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Screen coordinates (CSS pixels) of the text's top centre. */
  x: number;
  y: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/** The most labels named at once: enough to find one's way, few enough to stay readable. */
export const MAX_OVERVIEW_LABELS = 30;
/** Screen size of these labels, in CSS pixels. */
export const OVERVIEW_FONT_PX = 11;
const GAP_PX = 3;
const PAD_PX = 2;

/** Which labels to draw and where, for `labels` in the order given (busiest first). */
export function placeOverviewLabels(
  labels: readonly OverviewLabel[],
  view: Viewport,
  width: (text: string) => number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const label of labels) {
    if (placed.length >= MAX_OVERVIEW_LABELS) break;
    const cx = view.pan.x + label.x * view.zoom;
    const top = view.pan.y + (label.y + nodeDiameter(label.degree) / 2) * view.zoom + GAP_PX;
    const half = width(label.text) / 2 + PAD_PX;
    const box = { x1: cx - half, y1: top - PAD_PX, x2: cx + half, y2: top + OVERVIEW_FONT_PX + PAD_PX };
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > view.width || box.y2 > view.height) continue;
    if (boxes.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) continue;
    boxes.push(box);
    placed.push({ id: label.id, text: label.text, x: cx, y: top });
  }
  return placed;
}
