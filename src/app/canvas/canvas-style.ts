/**
 * The Cytoscape stylesheet. Every state the canvas shows (type, selection, neighbourhood,
 * hover, unreviewed, planned) is a class, toggled in batches; no per-element style calls.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../../shared/graph/schema';
import { CANVAS_COLORS, TYPE_LOOK, type ColorScheme } from '../layout/palette';

/** How node labels are set; label-fit.ts shortens labels to these widths before Cytoscape sees them. */
export const LABEL_FONT_FAMILY = 'system-ui, sans-serif';
export const LABEL_LOOK = {
  node: { fontSize: 11, maxWidth: 140 },
  meeting: { fontSize: 9, maxWidth: 110 },
} as const;

export function canvasStyle(scheme: ColorScheme): StylesheetJson {
  const c = CANVAS_COLORS[scheme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'mapData(weight, 1, 12, 16, 40)',
        height: 'mapData(weight, 1, 12, 16, 40)',
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
        // Small text is not drawn when zoomed out: it is unreadable there, and costly at scale.
        'min-zoomed-font-size': 9,
        'border-width': 1.5,
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
      style: { 'border-style': 'dashed', 'border-width': 2.5, 'border-color': c.border },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': c.edge,
        'curve-style': 'haystack',
        opacity: 0.8,
      },
    },
    { selector: 'edge.unreviewed', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: 'node.hover', style: { 'border-color': c.accent, 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'edge.hover', style: { 'line-color': c.accent, width: 2.5, opacity: 1 } },
    { selector: 'node.neighbour', style: { 'border-color': c.accent, 'border-width': 3, 'z-index': 8 } },
    { selector: 'edge.neighbour', style: { 'line-color': c.accent, width: 3, opacity: 1, 'z-index': 8 } },
    {
      selector: 'node.selected',
      style: {
        'border-color': c.accent,
        'border-width': 5,
        'border-style': 'double',
        'font-weight': 'bold',
        'font-size': 13,
        'z-index': 10,
        // A soft halo makes the selection findable at any zoom.
        'underlay-color': c.accent,
        'underlay-opacity': 0.25,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge.selected',
      style: {
        'line-color': c.accent,
        width: 5,
        opacity: 1,
        'z-index': 10,
        'underlay-color': c.accent,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
      },
    },
  ];
}
