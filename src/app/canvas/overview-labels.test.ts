import { describe, expect, it } from 'vitest';
import { MAX_OVERVIEW_LABELS, placeOverviewLabels, type OverviewLabel } from './overview-labels';

const view = { zoom: 1, pan: { x: 0, y: 0 }, width: 400, height: 300 };
const width = (text: string) => text.length * 6;
const label = (id: string, x: number, y: number, degree = 1): OverviewLabel => ({ id, text: id, x, y, degree });

describe('placeOverviewLabels', () => {
  it('puts each label under its node, in screen coordinates', () => {
    const placed = placeOverviewLabels(
      [label('Baku', 50, 40, 12)],
      { ...view, zoom: 0.5, pan: { x: 10, y: 20 } },
      width,
    );
    // Centre 10 + 50 × 0.5; top under the 40-unit node: 20 + (40 + 20) × 0.5 + 3.
    expect(placed).toEqual([{ id: 'Baku', text: 'Baku', x: 35, y: 53 }]);
  });

  it('keeps the busier of two overlapping labels, in the order given', () => {
    const placed = placeOverviewLabels(
      [label('Busy', 100, 100), label('Quiet', 110, 102), label('Far', 300, 100)],
      view,
      width,
    );
    expect(placed.map((p) => p.id)).toEqual(['Busy', 'Far']);
  });

  it('leaves out labels that would not fit on screen', () => {
    const placed = placeOverviewLabels(
      [label('Edge', 2, 100), label('Below', 200, 295), label('Fine', 200, 100)],
      view,
      width,
    );
    expect(placed.map((p) => p.id)).toEqual(['Fine']);
  });

  it('names at most a bounded number of nodes', () => {
    const many = Array.from({ length: 80 }, (_, i) => label(`n${i}`, 30 + (i % 8) * 45, 20 + Math.floor(i / 8) * 25));
    const placed = placeOverviewLabels(many, { ...view, width: 2000, height: 2000 }, width);
    expect(placed).toHaveLength(MAX_OVERVIEW_LABELS);
  });
});
