import { describe, expect, it } from 'vitest';
import tiny from '../../shared/graph/fixtures/tiny.valid.json';
import type { Graph } from '../../shared/graph/schema';
import { splitGraph } from '../../shared/graph/split';
import { GraphLoadError, usableGraph } from './graph-source';

/** The first-view file the build derives from a graph.json, as the app fetches it. */
function viewOf(graph: unknown): unknown {
  return JSON.parse(JSON.stringify(splitGraph(graph as Graph, 'test').view));
}

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
    const index = usableGraph(viewOf(tiny));
    expect(index.graph.edges.map((e) => e.id)).toEqual([tiny.edges[0]?.id]);
    expect(index.graph.nodes.map((n) => n.id)).toEqual(tiny.nodes.map((n) => n.id));
    expect(index.setAside).toEqual([]);
  });

  it('leaves out an edge that points nowhere and reports it', () => {
    const json = structuredClone(tiny);
    json.edges.push({ ...structuredClone(tiny.edges[0]!), id: 'dangling', target: 'person:nobody' });
    const index = usableGraph(viewOf(json));
    expect(index.graph.edges.map((e) => e.id)).toEqual([tiny.edges[0]?.id]);
    expect(index.setAside).toEqual([
      { path: 'edges[1].target', message: 'refers to "person:nobody", which is not a node in the file' },
    ]);
  });

  it('refuses a file with faults outside the edges, naming the path in graph.json', () => {
    const json = structuredClone(tiny);
    (json.nodes[1] as { date?: { start: string } }).date = { start: '2025-13-45' };
    const failure = failureOf(viewOf(json));
    expect(failure?.kind).toBe('invalid');
    expect(failure?.kind === 'invalid' && failure.problems[0]).toEqual({
      path: 'nodes[1].date.start',
      message: 'is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    });
  });

  it('refuses duplicate node ids and a meeting without a status', () => {
    const json = structuredClone(tiny) as Graph;
    json.nodes.push({ ...structuredClone(json.nodes[0]!) });
    const meeting = json.nodes.find((n) => n.type === 'meeting') as { status?: string };
    delete meeting.status;
    const failure = failureOf(viewOf(json));
    expect(failure?.kind === 'invalid' && failure.problems.map((p) => p.path).sort()).toEqual(
      [
        `nodes[${json.nodes.findIndex((n) => n.type === 'meeting')}].status`,
        `nodes[${json.nodes.length - 1}].id`,
      ].sort(),
    );
  });

  it('refuses a file that is not a view file at all', () => {
    expect(failureOf({ schemaVersion: 1, nodes: [], edges: [], articles: [] })?.kind).toBe('invalid');
  });
});
