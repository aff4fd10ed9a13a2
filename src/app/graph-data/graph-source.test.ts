import { describe, expect, it } from 'vitest';
import tiny from '../../shared/graph/fixtures/tiny.valid.json';
import { GraphLoadError, usableGraph } from './graph-source';

function failureOf(json: unknown) {
  try {
    usableGraph(json);
  } catch (error) {
    if (error instanceof GraphLoadError) return error.failure;
  }
  return null;
}

describe('usableGraph', () => {
  it('accepts a valid graph as it is', () => {
    const [graph, setAside] = usableGraph(tiny);
    expect(graph.edges).toHaveLength(1);
    expect(setAside).toEqual([]);
  });

  it('leaves out an edge that points nowhere and reports it', () => {
    const json = structuredClone(tiny);
    json.edges.push({ ...structuredClone(tiny.edges[0]!), id: 'dangling', target: 'person:nobody' });
    const [graph, setAside] = usableGraph(json);
    expect(graph.edges.map((e) => e.id)).toEqual([tiny.edges[0]?.id]);
    expect(setAside).toEqual([
      { path: 'edges[1].target', message: 'refers to "person:nobody", which is not a node in the file' },
    ]);
  });

  it('refuses a file with faults outside the edges, naming the path', () => {
    const json = structuredClone(tiny);
    (json.nodes[1] as { date?: { start: string } }).date = { start: '2025-13-45' };
    const failure = failureOf(json);
    expect(failure?.kind).toBe('invalid');
    expect(failure?.kind === 'invalid' && failure.problems[0]?.path).toBe('nodes[1].date.start');
  });
});
