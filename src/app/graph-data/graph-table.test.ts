import { describe, expect, it } from 'vitest';
import tiny from '../../shared/graph/fixtures/tiny.valid.json';
import type { Graph } from '../../shared/graph/schema';
import { indexOfGraph, seedLikeIndex } from './fixtures/load-fixture';
import seedLike from './fixtures/seed-like.valid.json';
import { indexGraph, meetingStarts, searchableNodes } from './graph-index';
import { edgeAt, nodeAt, tableOfView } from './graph-table';

describe('graph table', () => {
  const index = seedLikeIndex();

  it('finds every edge by its id, as the same object each time', () => {
    const edges = index.graph.edges;
    expect(edges).toHaveLength((seedLike as Graph).edges.length);
    for (const edge of edges) {
      expect(index.edgeById.get(edge.id)).toBe(edge);
      expect(index.edgeById.has(edge.id)).toBe(true);
    }
    expect(index.edgeById.size).toBe(edges.length);
    expect([...index.edgeById.keys()]).toEqual(edges.map((edge) => edge.id));
  });

  it('finds no edge for an id no edge has', () => {
    const edge = index.graph.edges[0]!;
    const swapped = `${edge.type}:${edge.target}->${edge.source}`;
    const retyped = `${edge.type === 'participant' ? 'discussed' : 'participant'}:${edge.source}->${edge.target}`;
    for (const id of [swapped, retyped, 'participant:person:nobody->meeting:none', 'nonsense', '', `x:${edge.id}`]) {
      expect(index.edgeById.get(id)).toBeUndefined();
    }
    expect(index.nodeById.get('person:nobody')).toBeUndefined();
    expect(index.edgesByNode.has('person:nobody')).toBe(false);
  });

  it('keeps an unusual edge id, and does not answer to the usual one for that edge', () => {
    const graph = structuredClone(tiny) as Graph;
    const edge = graph.edges[0]!;
    edge.id = 'an-unusual-id';
    const unusual = indexOfGraph(graph);
    expect(unusual.edgeById.get('an-unusual-id')).toMatchObject({ source: edge.source, target: edge.target });
    expect(unusual.edgeById.get(`${edge.type}:${edge.source}->${edge.target}`)).toBeUndefined();
    expect([...unusual.edgeById.keys()]).toContain('an-unusual-id');
  });

  it('builds the same nodes and edges from the file as from plain objects', () => {
    const plain = indexGraph(structuredClone(index.graph));
    expect(plain.graph.nodes).toEqual(index.graph.nodes);
    expect(plain.graph.edges).toEqual(index.graph.edges);
    const table = tableOfView(plain.graph);
    for (let row = 0; row < table.nodeCount; row += 1) expect(nodeAt(table, row)).toEqual(index.graph.nodes[row]);
    for (let row = 0; row < table.edgeCount; row += 1) expect(edgeAt(table, row)).toEqual(index.graph.edges[row]);
  });

  it('lists edges under both ends in the file order, and answers degree and spans for every node', () => {
    for (const node of index.graph.nodes) {
      const touching = index.graph.edges.filter((edge) => edge.source === node.id || edge.target === node.id);
      expect(index.edgesByNode.get(node.id)).toEqual(touching);
      expect(index.degree.get(node.id)).toBe(touching.length);
    }
    expect(index.meetingSpans.get('meeting:2021-04-visit-lukashenko-aliyev')).toEqual({
      first: '2021-04-01',
      last: '2021-04-30',
    });
    expect(index.meetingSpans.get('person:samir-sharifov')).toBeUndefined();
  });

  it('reads meeting dates and search names from the columns as the nodes have them', () => {
    const meetings = index.graph.nodes.flatMap((node) => (node.type === 'meeting' ? [node.date?.start] : []));
    expect(meetingStarts(index)).toEqual(meetings);
    expect([...searchableNodes(index)]).toEqual(
      index.graph.nodes.map(({ id, type, label, aliases }) => ({ id, type, label, aliases })),
    );
  });
});
