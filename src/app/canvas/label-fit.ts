/**
 * Node labels shortened to the width the stylesheet allows, before Cytoscape sees them.
 * Cytoscape's own ellipsis measures a long label once per character, setting the canvas font
 * each time: with 400 labels that was the largest single cost of the first frame. Here one
 * canvas context and a binary search do it in a few measurements per label; the stylesheet's
 * ellipsis stays as a guard (a bold, larger selected label), and now finds labels that fit.
 */
import type { NodeType } from '../../shared/graph/schema';
import { LABEL_FONT_FAMILY, LABEL_LOOK } from './canvas-style';

const ELLIPSIS = '\u2026';

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';

function measurer(font: string): ((text: string) => number) | null {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!context) return null;
  const ctx = context;
  if (contextFont !== font) {
    ctx.font = font;
    contextFont = font;
  }
  // Cytoscape rounds widths up and keeps a label that is narrower than the limit.
  return (text) => Math.ceil(ctx.measureText(text).width);
}

/** The longest start of `text` (with an ellipsis) narrower than `maxWidth`, by `width`. */
export function shortenToWidth(text: string, maxWidth: number, width: (text: string) => number): string {
  if (width(text) < maxWidth) return text;
  let fits = 0;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = (fits + tooLong) >> 1;
    if (width(text.slice(0, middle) + ELLIPSIS) < maxWidth) fits = middle;
    else tooLong = middle;
  }
  return text.slice(0, fits) + ELLIPSIS;
}

export function fitLabel(text: string, type: NodeType): string {
  const look = type === 'meeting' ? LABEL_LOOK.meeting : LABEL_LOOK.node;
  const width = measurer(`normal normal ${look.fontSize}px ${LABEL_FONT_FAMILY}`);
  return width ? shortenToWidth(text, look.maxWidth, width) : text;
}
