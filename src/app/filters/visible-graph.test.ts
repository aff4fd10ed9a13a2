import { describe, expect, it } from 'vitest';
import { indexGraph } from '../graph-data/graph-index';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import fc from 'fast-check';
import { dayNumber, overlapsRange, spanOf } from '../../shared/dates/iso';
import { NODE_TYPES } from '../../shared/graph/schema';
import type { GraphView, ViewEdge as GraphEdge, ViewNode as GraphNode } from '../graph-data/graph-view';
import { computeVisibleGraph, keepOutside, meetingsInRange, rangeDays, type VisibleFilter } from './visible-graph';
import { referenceMeetingsInRange, referenceVisibleGraph } from './visible-graph-reference';

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

const isoDate = fc.oneof(
  fc.integer({ min: 1999, max: 2027 }).map(String),
  fc
    .tuple(fc.integer({ min: 1999, max: 2027 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 1999, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

describe('dayNumber', () => {
  it('orders days as their ISO strings do, open ends included', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const x = parseDay(a);
        const y = parseDay(b);
        expect(Math.sign(dayNumber(x) - dayNumber(y))).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(dayNumber('0000-00-00')).toBeLessThan(dayNumber(x));
        expect(dayNumber('9999-99-99')).toBeGreaterThan(dayNumber(x));
      }),
      { numRuns: 300 },
    );
  });
});

function parseDay(value: string): string {
  return rangeDays({ from: value }).first;
}

// Random graphs: actors of every type, meetings dated at every precision (some spanning a few
// months, some undated), participant, part_of and represents edges, a few hubs.
const randomGraph = fc
  .record({
    actors: fc.array(fc.constantFrom('state', 'person', 'organization'), { minLength: 1, maxLength: 40 }),
    meetings: fc.array(
      fc.option(fc.record({ start: isoDate, months: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }) }), {
        nil: undefined,
        freq: 8,
      }),
      { maxLength: 80 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3)), { maxLength: 250 }),
  })
  .map(({ actors, meetings, links }) => {
    const nodes: GraphNode[] = [
      ...actors.map((type, i) => ({ id: `${type}:a${i}`, type, label: { en: `a${i}` }, aliases: [] }) as GraphNode),
      ...meetings.map((date, i) => {
        const end = date?.months === undefined ? undefined : laterMonth(date.start, date.months);
        return {
          id: `meeting:m${i}`,
          type: 'meeting',
          kind: 'meeting',
          status: 'held',
          label: { en: `m${i}` },
          aliases: [],
          ...(date ? { date: { start: date.start, ...(end ? { end } : {}) } } : {}),
        } as GraphNode;
      }),
    ];
    const edges = new Map<string, GraphEdge>();
    const actorIds = nodes.filter((n) => n.type !== 'meeting').map((n) => n.id);
    const meetingIds = nodes.filter((n) => n.type === 'meeting').map((n) => n.id);
    for (const [a, b, kind] of links) {
      // Squaring skews the choice towards the first actors: a few of them take part in much.
      const actor = actorIds[Math.floor(((a % 1000) / 1000) ** 2 * actorIds.length)]!;
      const meeting = meetingIds[b % Math.max(1, meetingIds.length)];
      const other = actorIds[b % actorIds.length]!;
      const [type, source, target] =
        kind === 0 && meeting
          ? ['part_of', meeting, meetingIds[a % meetingIds.length]!]
          : kind === 1 || !meeting
            ? ['represents', actor, other]
            : ['participant', actor, meeting];
      const id = `${type}:${source}->${target}`;
      edges.set(id, { id, type, source, target, sources: 1 } as GraphEdge);
    }
    const view: GraphView = { version: 'test', chunks: { nodes: 1, articles: 1 }, nodes, edges: [...edges.values()] };
    return indexGraph(view);
  });

/** The month `months` after a date's month, at month precision (an end may be coarser than its start). */
function laterMonth(start: string, months: number): string {
  const year = Number(start.slice(0, 4));
  const month = start.length > 4 ? Number(start.slice(5, 7)) - 1 : 0;
  const total = year * 12 + month + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('the binary-search range and the fast visible graph equal the plain reading', () => {
  const range = fc.record({ from: fc.option(isoDate, { nil: undefined }), to: fc.option(isoDate, { nil: undefined }) });

  it('meetingsInRange is the simple overlap filter', () => {
    fc.assert(
      fc.property(range, (r) => {
        expect(sorted(meetingsInRange(index, r))).toEqual(sorted(referenceMeetingsInRange(index, r)));
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(randomGraph, range, (graph, r) => {
        expect(sorted(meetingsInRange(graph, r))).toEqual(sorted(referenceMeetingsInRange(graph, r)));
      }),
      { numRuns: 300 },
    );
  });

  it('computeVisibleGraph gives the same nodes in the same order, and the same edges, for any filter', () => {
    const case_ = randomGraph.chain((graph) => {
      const ids = graph.graph.nodes.map((n) => n.id);
      return fc.tuple(
        fc.constant(graph),
        fc.record({
          types: fc.option(fc.subarray([...NODE_TYPES], { minLength: 1 }), { nil: null }),
          range,
          focus: fc.option(
            fc.record({ node: fc.constantFrom(...ids), depth: fc.constantFrom(1 as const, 2 as const) }),
            {
              nil: null,
            },
          ),
          nodeLimit: fc.integer({ min: 1, max: 130 }),
          keep: fc.array(fc.constantFrom(...ids), { maxLength: 2 }),
        }),
      );
    });
    fc.assert(
      fc.property(case_, ([graph, f]) => {
        const fast = computeVisibleGraph(graph, f);
        const plain = referenceVisibleGraph(graph, f);
        expect([...fast.nodeIds]).toEqual([...plain.nodeIds]);
        expect([...fast.edgeIds]).toEqual([...plain.edgeIds]);
        expect(fast.matching).toBe(plain.matching);
      }),
      { numRuns: 400 },
    );
  });
});

describe('keepOutside', () => {
  it('asks again only for a selection the budget left out', () => {
    const filter: VisibleFilter = { ...all, nodeLimit: 6 };
    const base = computeVisibleGraph(index, filter);
    const [shown] = base.nodeIds;
    const hidden = index.graph.nodes.find((n) => !base.nodeIds.has(n.id))?.id;
    expect(shown).toBeDefined();
    expect(hidden).toBeDefined();
    expect(keepOutside(base, [shown!], 6)).toBe(false);
    expect(keepOutside(base, [hidden!], 6)).toBe(true);
    expect(computeVisibleGraph(index, { ...filter, keep: [hidden!] }).nodeIds.has(hidden!)).toBe(true);
    // Under the budget every passing node is shown: a missing one is filtered out, not cut.
    const narrow = computeVisibleGraph(index, { ...all, types: ['state'] });
    expect(keepOutside(narrow, [hidden!], all.nodeLimit)).toBe(false);
  });
});
