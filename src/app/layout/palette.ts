/**
 * Node colours and shapes, shared by the canvas style and the legend so they always agree.
 * Colours chosen for contrast on both the light and the dark background.
 */
import type { NodeType } from '../../shared/graph/schema';

export type ColorScheme = 'light' | 'dark';

export interface TypeLook {
  /** A Cytoscape node shape; the legend draws the same one. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
  fill: Record<ColorScheme, string>;
}

export const TYPE_LOOK: Record<NodeType, TypeLook> = {
  state: { shape: 'round-rectangle', fill: { light: '#0f766e', dark: '#2dd4bf' } },
  person: { shape: 'ellipse', fill: { light: '#1d4ed8', dark: '#60a5fa' } },
  organization: { shape: 'hexagon', fill: { light: '#7e22ce', dark: '#c084fc' } },
  meeting: { shape: 'diamond', fill: { light: '#b45309', dark: '#fbbf24' } },
};

export const CANVAS_COLORS: Record<
  ColorScheme,
  { text: string; textBackground: string; edge: string; accent: string; border: string }
> = {
  light: { text: '#1e293b', textBackground: '#f8fafc', edge: '#94a3b8', accent: '#dc2626', border: '#334155' },
  dark: { text: '#e2e8f0', textBackground: '#0f172a', edge: '#64748b', accent: '#f87171', border: '#cbd5e1' },
};
