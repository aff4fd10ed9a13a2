/**
 * The Cytoscape stylesheet, for nodes (edges are drawn by edge-layer.ts, in the look below). Every
 * state the canvas shows (type, selection, neighbourhood, hover, unreviewed, planned) is a class,
 * toggled in batches; no per-element style calls.
 */
import type { StylesheetJson } from 'cytoscape';
import type { EdgeLook } from './edge-layer';
import { NODE_TYPES } from '../../shared/graph/schema';
import { CANVAS_COLORS, TYPE_LOOK, type ColorScheme } from '../layout/palette';

/** How node labels are set; label-fit.ts shortens labels to these widths before Cytoscape sees them. */
export const LABEL_FONT_FAMILY = 'system-ui, sans-serif';
export const LABEL_LOOK = {
  node: { fontSize: 11, maxWidth: 140 },
  meeting: { fontSize: 9, maxWidth: 110 },
} as const;

/** Node diameters in model units: from one link (or none) up to `fullAt` links or more. */
const NODE_SIZE = { min: 16, max: 40, fullAt: 12 } as const;
const NODE_SIZE_MAP = `mapData(weight, 1, ${NODE_SIZE.fullAt}, ${NODE_SIZE.min}, ${NODE_SIZE.max})`;

/** The diameter the stylesheet gives a node of `degree` links (its mapData, worked out). */
export function nodeDiameter(degree: number): number {
  const share = (Math.min(NODE_SIZE.fullAt, Math.max(1, degree)) - 1) / (NODE_SIZE.fullAt - 1);
  return NODE_SIZE.min + share * (NODE_SIZE.max - NODE_SIZE.min);
}

/** Small text is not drawn when zoomed out: it is unreadable there, and costly at scale. */
const MIN_ZOOMED_FONT_PX = 9;

/**
 * Below this zoom Cytoscape draws no node labels (an 11 px label would show under 9 px):
 * overview-labels.ts names the busiest nodes instead.
 */
export const LABELS_HIDDEN_BELOW_ZOOM = MIN_ZOOMED_FONT_PX / LABEL_LOOK.node.fontSize;

/** The selected node's label size, and the zoom from which Cytoscape draws it. */
const SELECTED_FONT_SIZE = 13;
export const SELECTED_LABEL_ZOOM = MIN_ZOOMED_FONT_PX / SELECTED_FONT_SIZE;

export function canvasStyle(scheme: ColorScheme): StylesheetJson {
  const c = CANVAS_COLORS[scheme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: NODE_SIZE_MAP,
        height: NODE_SIZE_MAP,
        color: c.text,
        'font-size': LABEL_LOOK.node.fontSize,
        'font-family': LABEL_FONT_FAMILY,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_LOOK.node.maxWidth}px`,
        'text-background-color': c.textBackground,
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_ZOOMED_FONT_PX,
        // Hover and neighbourhood only recolour this border: a change of width (or of the label's
        // font) makes Cytoscape measure the node and its label again, for every neighbour of a
        // busy node on every hover and click.
        'border-width': 3,
        'border-color': c.textBackground,
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node.type-${type}`,
      style: { shape: TYPE_LOOK[type].shape, 'background-color': TYPE_LOOK[type].fill[scheme] },
    })),
    {
      selector: 'node.type-meeting',
      style: { 'font-size': LABEL_LOOK.meeting.fontSize, 'text-max-width': `${LABEL_LOOK.meeting.maxWidth}px` },
    },
    { selector: 'node.planned', style: { 'background-opacity': 0.45 } },
    {
      selector: 'node.unreviewed',
      style: { 'border-style': 'dashed', 'border-color': c.border },
    },
    { selector: 'node.hover', style: { 'border-color': c.accent } },
    { selector: 'node.neighbour', style: { 'border-color': c.accent, 'z-index': 8 } },
    {
      selector: 'node.selected',
      style: {
        'border-color': c.accent,
        'border-width': 5,
        'border-style': 'double',
        'font-weight': 'bold',
        'font-size': SELECTED_FONT_SIZE,
        'z-index': 10,
        // A soft halo makes the selection findable at any zoom.
        'underlay-color': c.accent,
        'underlay-opacity': 0.25,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
      },
    },
  ];
}

/** The edges' look, drawn by edge-layer.ts under the nodes; widths are in model units, as node sizes are. */
export function edgeLook(scheme: ColorScheme): EdgeLook {
  const c = CANVAS_COLORS[scheme];
  return {
    plain: { color: c.edge, width: 1.5, alpha: 0.8 },
    hover: { color: c.accent, width: 2.5, alpha: 1 },
    neighbour: { color: c.accent, width: 3, alpha: 1 },
    selected: { color: c.accent, width: 5, alpha: 1 },
    halo: { color: c.accent, width: 6, alpha: 0.2 },
    dash: [5, 4],
    label: { color: c.text, halo: c.textBackground },
  };
}
