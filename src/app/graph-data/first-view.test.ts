import { describe, expect, it } from 'vitest';
import committed from '../../../data/graph.json';
import type { Graph } from '../../shared/graph/schema';
import { splitGraph } from '../../shared/graph/split';
import { computeVisibleGraph } from '../filters/visible-graph';
import { DEFAULT_FILTER, firstViewOf, usableFirstView } from './first-view';
import { indexGraph } from './graph-index';
import { readGraphView } from './graph-view';

// The project's own graph, with a small node budget so that its default view is a real cut.
const graph = committed as unknown as Graph;
const view = splitGraph(graph, 'test').view;
const LIMIT = 12;
const filter = { ...DEFAULT_FILTER, nodeLimit: LIMIT, keep: [] };

function fullIndex() {
  const check = readGraphView(view);
  if (!check.ok) throw new Error('the committed graph should read');
  return indexGraph(check.view);
}

/** The first view as the browser gets it: written as JSON and read back. */
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('firstViewOf', () => {
  const first = firstViewOf(view, LIMIT);

  it('holds exactly the nodes and edges the default view shows, in its order', () => {
    const full = fullIndex();
    const visible = computeVisibleGraph(full, filter);
    expect(first).not.toBeNull();
    expect(first!.nodes.id).toEqual([...visible.nodeIds]);
    const partial = usableFirstView(roundTrip(first))!;
    expect(partial.graph.edges.map((edge) => edge.id)).toEqual([...visible.edgeIds]);
    expect(partial.partial).toEqual({
      matching: visible.matching,
      total: { nodes: graph.nodes.length, edges: graph.edges.length },
    });
  });

  it('reads back into nodes and edges equal to the full view’s, with whole-graph degrees', () => {
    const full = fullIndex();
    const partial = usableFirstView(roundTrip(first))!;
    for (const node of partial.graph.nodes) {
      expect(node).toEqual(full.nodeById.get(node.id));
      expect(partial.degree.get(node.id)).toBe(full.degree.get(node.id));
    }
    for (const edge of partial.graph.edges) expect(edge).toEqual(full.edgeById.get(edge.id));
    expect(full.partial).toBeUndefined();
  });

  it('gives the same view again when the app filters the partial index itself', () => {
    const full = computeVisibleGraph(fullIndex(), filter);
    const partial = computeVisibleGraph(usableFirstView(roundTrip(first))!, filter);
    expect([...partial.nodeIds]).toEqual([...full.nodeIds]);
    expect([...partial.edgeIds]).toEqual([...full.edgeIds]);
  });

  it('is not made when the default view is the whole graph', () => {
    expect(firstViewOf(view, graph.nodes.length)).toBeNull();
  });

  it('is not made from a view file the app would refuse', () => {
    const broken = roundTrip(view) as typeof view;
    broken.nodes.dateStart[broken.nodes.type.indexOf(broken.dictionary.nodeTypes.indexOf('meeting'))] = '2025-13-40';
    expect(firstViewOf(broken, LIMIT)).toBeNull();
  });
});

describe('usableFirstView', () => {
  const first = roundTrip(firstViewOf(view, LIMIT)) as Record<string, unknown>;

  it('refuses a file without its whole-graph part, or with degrees that do not fit its nodes', () => {
    const { first: _dropped, ...plain } = first;
    expect(usableFirstView(plain)).toBeNull();
    const short = roundTrip(first) as { first: { degree: number[] } };
    short.first.degree.pop();
    expect(usableFirstView(short)).toBeNull();
  });

  it('refuses a file whose rows are broken, rather than drawing a part of them', () => {
    const broken = roundTrip(first) as { edges: { source: number[] } };
    broken.edges.source[0] = 9999;
    expect(usableFirstView(broken)).toBeNull();
    expect(usableFirstView(null)).toBeNull();
    expect(usableFirstView('not a view')).toBeNull();
  });
});
