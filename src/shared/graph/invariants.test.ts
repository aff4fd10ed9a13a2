import { describe, expect, it } from 'vitest';
import tiny from './fixtures/tiny.valid.json';
import { checkGraph } from './invariants';

const clone = () => structuredClone(tiny) as typeof tiny & Record<string, unknown>;

describe('checkGraph', () => {
  it('accepts a small valid graph', () => {
    expect(checkGraph(tiny)).toMatchObject({ ok: true });
  });

  it('names the path and the reason for a quote that is not the article text', () => {
    const graph = clone();
    graph.edges[0]!.evidence[0]!.quote = 'Ali Asadov met somebody else';
    expect(checkGraph(graph)).toEqual({
      ok: false,
      problems: [{ path: 'edges[0].evidence[0].quote', message: 'does not match the article text at its offsets' }],
    });
  });

  it('reports dangling references, duplicate ids and bad dates', () => {
    const graph = clone();
    graph.edges[0]!.target = 'meeting:nowhere';
    graph.nodes.push({ ...graph.nodes[0]! });
    const result = checkGraph(graph);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['nodes[2].id', 'edges[0].target']);

    const badDate = clone();
    (badDate.nodes[1] as { date: { start: string } }).date.start = '2025-13-45';
    const dated = checkGraph(badDate);
    expect(dated.ok).toBe(false);
    if (!dated.ok) expect(dated.problems[0]?.path).toBe('nodes[1].date.start');
  });

  it('refuses an article url that is not a web address', () => {
    const graph = clone();
    (graph.articles[0] as { url: string | null }).url = 'javascript:alert(1)';
    const result = checkGraph(graph);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'articles[0].url', message: 'is not an http(s) address' }],
    });
  });

  it('refuses an edge with no evidence and a file that is not a graph', () => {
    const graph = clone();
    graph.edges[0]!.evidence = [];
    expect(checkGraph(graph).ok).toBe(false);
    expect(checkGraph({ hello: 'world' }).ok).toBe(false);
    expect(checkGraph(null).ok).toBe(false);
  });
});
