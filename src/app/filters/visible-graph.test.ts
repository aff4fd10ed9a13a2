import { describe, expect, it } from 'vitest';
import { indexGraph } from '../graph-data/graph-index';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import fc from 'fast-check';
import { overlapsRange, spanOf } from '../../shared/dates/iso';
import { computeVisibleGraph, rangeDays, type VisibleFilter } from './visible-graph';

const index = seedLikeIndex();
const all: VisibleFilter = { types: null, range: {}, focus: null, nodeLimit: 1000, keep: [] };
const meetingsOf = (ids: ReadonlySet<string>) => [...ids].filter((id) => id.startsWith('meeting:')).sort();

describe('computeVisibleGraph', () => {
  it('shows everything when nothing is filtered', () => {
    const visible = computeVisibleGraph(index, all);
    expect(visible.nodeIds.size).toBe(index.graph.nodes.length);
    expect(visible.edgeIds.size).toBe(index.graph.edges.length);
  });

  it('keeps meetings overlapping the range, month dates covering their month', () => {
    const visible = computeVisibleGraph(index, { ...all, range: { from: '2021-01-01', to: '2021-12-31' } });
    expect(meetingsOf(visible.nodeIds)).toEqual([
      'meeting:2021-04-visit-lukashenko-aliyev',
      'meeting:2021-05-22-phone-call-aliyev-lukashenko',
      'meeting:2021-05-visit-khrenin-aliyev',
    ]);
    expect(visible.nodeIds.has('person:viktor-khrenin')).toBe(true);
    expect(visible.nodeIds.has('person:samir-sharifov')).toBe(false);
    const late = computeVisibleGraph(index, { ...all, range: { from: '2025-10-31' } });
    expect(meetingsOf(late.nodeIds)).toEqual([
      'meeting:2025-10-consultations-galuzin-sharifov',
      'meeting:2025-10-galuzin-hajiyev',
    ]);
  });

  it('drops edges whose ends are hidden, and hides types', () => {
    const visible = computeVisibleGraph(index, { ...all, types: ['person', 'state'] });
    expect(meetingsOf(visible.nodeIds)).toEqual([]);
    for (const id of visible.edgeIds) expect(index.edgeById.get(id)?.type).toBe('represents');
  });

  it('focuses on a neighbourhood of one or two steps', () => {
    const one = computeVisibleGraph(index, { ...all, focus: { node: 'person:samir-sharifov', depth: 1 } });
    expect([...one.nodeIds].sort()).toEqual([
      'meeting:2025-02-20-consultations-mishchenko-sharifov',
      'meeting:2025-10-consultations-galuzin-sharifov',
      'person:samir-sharifov',
      'state:azerbaijan',
    ]);
    const two = computeVisibleGraph(index, { ...all, focus: { node: 'person:samir-sharifov', depth: 2 } });
    expect(two.nodeIds.has('person:mikhail-galuzin')).toBe(true);
    expect(two.nodeIds.has('organization:guam')).toBe(true);
  });

  it('keeps the most connected actors and the meetings joining them within the budget, and the selection', () => {
    const visible = computeVisibleGraph(index, { ...all, nodeLimit: 6, keep: ['person:viktor-khrenin'] });
    expect(visible.matching).toBe(index.graph.nodes.length);
    expect(visible.nodeIds.size).toBe(6);
    expect(visible.nodeIds.has('state:azerbaijan')).toBe(true);
    expect(visible.nodeIds.has('person:viktor-khrenin')).toBe(true);
    expect([...visible.nodeIds].some((id) => id.startsWith('meeting:'))).toBe(true);
    // The bounded picture is connected: edges are shown, not a scatter of hubs.
    expect(visible.edgeIds.size).toBeGreaterThan(2);
  });

  it('shows undated meetings only while no range is set', () => {
    const graph = structuredClone(index.graph);
    const meeting = graph.nodes.find((n) => n.id === 'meeting:2025-10-galuzin-hajiyev');
    if (meeting?.type === 'meeting') delete meeting.date;
    const undated = indexGraph(graph);
    expect(computeVisibleGraph(undated, all).nodeIds.has('meeting:2025-10-galuzin-hajiyev')).toBe(true);
    const ranged = computeVisibleGraph(undated, { ...all, range: { from: '2025' } });
    expect(ranged.nodeIds.has('meeting:2025-10-galuzin-hajiyev')).toBe(false);
  });
});

describe('rangeDays', () => {
  const isoDate = fc.oneof(
    fc.integer({ min: 1990, max: 2030 }).map(String),
    fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  it('filters exactly as overlapsRange does', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.option(isoDate, { nil: undefined }),
        fc.option(isoDate, { nil: undefined }),
        (start, from, to) => {
          const span = spanOf(start);
          const days = rangeDays({ from, to });
          if (!span) return;
          expect(span.last >= days.first && span.first <= days.last).toBe(
            overlapsRange(start, undefined, { from, to }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
