import { describe, expect, it } from 'vitest';
import tiny from './fixtures/tiny.valid.json';
import type { Graph } from './schema';
import { bucketOf, firstViewFile, splitGraph, splitGraphFiles, VIEW_PATH } from './split';

const graph = tiny as Graph;

describe('splitGraph', () => {
  const split = splitGraph(graph, 'v1');

  it('leaves article texts and quotes out of the first view', () => {
    const view = splitGraphFiles(split).get(VIEW_PATH) ?? '';
    const article = graph.articles[0]!;
    expect(view).not.toContain(article.text.slice(0, 60));
    expect(view).not.toContain(graph.edges[0]!.evidence[0]!.quote);
    expect(view).not.toContain('"evidence"');
  });

  it("puts each edge's evidence, quotes as they are, in the chunks of both its ends", () => {
    for (const edge of graph.edges) {
      for (const end of [edge.source, edge.target]) {
        const chunk = split.nodeChunks[bucketOf(end, split.view.chunks.nodes)]!;
        expect(chunk.evidence[edge.id]).toEqual(edge.evidence);
        for (const evidence of edge.evidence) {
          expect(chunk.languages[evidence.article]).toBe(
            graph.articles.find((a) => a.id === evidence.article)?.language,
          );
        }
      }
    }
  });

  it('puts every node in the chunk its id falls in, and every article whole in its own', () => {
    for (const node of graph.nodes) {
      const details = split.nodeChunks[bucketOf(node.id, split.view.chunks.nodes)]!.nodes[node.id];
      expect(details).toBeDefined();
      if (node.type === 'person') expect(details?.roles).toEqual(node.roles.map(({ evidence: _e, ...role }) => role));
      if (node.type === 'meeting') expect(details?.place).toBe(node.place);
    }
    for (const article of graph.articles) {
      const chunk = split.articleChunks[bucketOf(article.id, split.view.chunks.articles)]!;
      expect(chunk.articles).toContainEqual(article);
      expect(chunk.version).toBe('v1');
    }
  });

  it('spreads a large graph over many chunks', () => {
    const many = {
      ...graph,
      nodes: Array.from({ length: 1000 }, (_, i) => ({ ...graph.nodes[0]!, id: `state:s${i}` })),
    };
    const chunks = splitGraph(many, 'v').nodeChunks;
    expect(chunks).toHaveLength(10);
    expect(Math.max(...chunks.map((c) => Object.keys(c.nodes).length))).toBeLessThan(200);
  });
});

describe('firstViewFile', () => {
  const { view } = splitGraph(graph, 'v1');
  const edgeRow = graph.edges.findIndex((edge) => edge.source !== edge.target);
  const edge = graph.edges[edgeRow]!;
  const ends = [graph.nodes.findIndex((n) => n.id === edge.target), graph.nodes.findIndex((n) => n.id === edge.source)];

  it('keeps the rows asked for, in that order, with edge ends renumbered to them', () => {
    const first = firstViewFile(view, ends, [edgeRow], { degree: [3, 4], matching: 9 });
    expect(first.nodes.id).toEqual([edge.target, edge.source]);
    expect(first.nodes.x).toEqual(ends.map((row) => view.nodes.x[row]));
    expect(first.edges.source).toEqual([1]);
    expect(first.edges.target).toEqual([0]);
    expect(first.edges.type).toEqual([view.edges.type[edgeRow]]);
    expect(first.first).toEqual({
      degree: [3, 4],
      matching: 9,
      total: { nodes: graph.nodes.length, edges: graph.edges.length },
    });
    expect(first.dictionary).toBe(view.dictionary);
  });

  it('refuses an edge whose ends are not among the rows kept', () => {
    expect(() => firstViewFile(view, [ends[0]!], [edgeRow], { degree: [1], matching: 1 })).toThrow(/edge end/);
  });
});
