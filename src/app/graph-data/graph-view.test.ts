import { describe, expect, it } from 'vitest';
import tiny from '../../shared/graph/fixtures/tiny.valid.json';
import type { Graph } from '../../shared/graph/schema';
import { splitGraph } from '../../shared/graph/split';
import { seedLikeIndex } from './fixtures/load-fixture';
import seedLike from './fixtures/seed-like.valid.json';
import { contractPath, readGraphView } from './graph-view';

const viewOf = (graph: unknown) => JSON.parse(JSON.stringify(splitGraph(graph as Graph, 'test').view)) as unknown;

function problemsOf(graph: unknown) {
  const check = readGraphView(viewOf(graph));
  return check.ok ? check.setAside : check.problems;
}

describe('readGraphView', () => {
  it('decodes every node and edge of graph.json with the fields the first view needs', () => {
    const index = seedLikeIndex();
    const graph = seedLike as Graph;
    expect(index.graph.nodes).toHaveLength(graph.nodes.length);
    for (const node of graph.nodes) {
      const viewed = index.nodeById.get(node.id);
      expect(viewed?.type).toBe(node.type);
      expect(viewed?.label).toEqual(node.label);
      expect(viewed?.aliases).toEqual(node.aliases);
      expect(viewed?.review).toEqual(node.review);
      expect(viewed?.position).toEqual(node.position);
      if (node.type === 'meeting' && viewed?.type === 'meeting') {
        expect([viewed.kind, viewed.status, viewed.date]).toEqual([node.kind, node.status, node.date]);
      }
    }
    expect(index.graph.edges.map((e) => [e.id, e.source, e.target, e.type, e.sources, e.review])).toEqual(
      graph.edges.map((e) => [e.id, e.source, e.target, e.type, e.evidence.length, e.review]),
    );
  });

  it('keeps an edge id that is not the usual one', () => {
    const graph = structuredClone(tiny);
    graph.edges[0]!.id = 'an-unusual-id';
    const check = readGraphView(viewOf(graph));
    expect(check.ok && check.view.edges[0]?.id).toBe('an-unusual-id');
  });

  it('names a bad value by its place in graph.json', () => {
    const badType = structuredClone(tiny) as { nodes: { type: string }[] };
    badType.nodes[1]!.type = 'planet';
    expect(problemsOf(badType)[0]?.path).toBe('nodes[1].type');

    const badLabel = structuredClone(tiny) as unknown as { nodes: { label: Record<string, unknown> }[] };
    badLabel.nodes[0]!.label = { en: 42 };
    expect(problemsOf(badLabel)).toContainEqual({ path: 'nodes[0].label.en', message: 'is not a string' });

    const backwards = structuredClone(tiny) as { nodes: { date?: { start: string; end?: string } }[] };
    backwards.nodes[1]!.date = { start: '2025-03', end: '2025-02-28' };
    expect(problemsOf(backwards)).toEqual([{ path: 'nodes[1].date.end', message: 'ends before it starts' }]);

    const noEvidence = structuredClone(tiny) as { edges: { evidence: unknown[] }[] };
    noEvidence.edges[0]!.evidence = [];
    expect(problemsOf(noEvidence)).toEqual([
      { path: 'edges[0].evidence', message: 'needs at least one evidence quote' },
    ]);
  });

  it('turns view paths into graph.json paths', () => {
    expect(contractPath(['nodes', 'dateStart', 3])).toBe('nodes[3].date.start');
    expect(contractPath(['nodes', 'label', 'uk', 2])).toBe('nodes[2].label.uk');
    expect(contractPath(['nodes', 'aliases', 2, 0])).toBe('nodes[2].aliases[0]');
    expect(contractPath(['edges', 'reviewReason', '7'])).toBe('edges[7].review.reason');
    expect(contractPath(['schemaVersion'])).toBe('schemaVersion');
  });
});
