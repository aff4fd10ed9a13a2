/**
 * The graph, fetched at run time: the one place that knows its URL, how to fetch it and how
 * to validate it. Failures carry what the page needs to say (network, not JSON, invalid).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { checkGraph, findInvariantProblems, type GraphProblem } from '../../shared/graph/invariants';
import { GraphSchema, type Graph } from '../../shared/graph/schema';
import { indexGraph, type GraphIndex } from './graph-index';

export const GRAPH_URL = `${import.meta.env.BASE_URL}data/graph.json`;

export type GraphLoadFailure =
  | { kind: 'network'; reason: string }
  | { kind: 'not-json'; reason: string }
  | { kind: 'invalid'; problems: GraphProblem[] };

export class GraphLoadError extends Error {
  constructor(readonly failure: GraphLoadFailure) {
    super(failure.kind === 'invalid' ? `invalid graph (${failure.problems.length} problems)` : failure.reason);
    this.name = 'GraphLoadError';
  }
}

export async function fetchGraph(signal?: AbortSignal): Promise<GraphIndex> {
  let response: Response;
  try {
    response = await fetch(GRAPH_URL, { signal });
  } catch (error) {
    throw new GraphLoadError({ kind: 'network', reason: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) {
    throw new GraphLoadError({
      kind: 'network',
      reason: `${GRAPH_URL} answered ${response.status} ${response.statusText}`.trim(),
    });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new GraphLoadError({ kind: 'not-json', reason: error instanceof Error ? error.message : String(error) });
  }
  return indexGraph(...usableGraph(json));
}

const EDGE_PATH = /^edges\[(\d+)\]/;

/**
 * A file whose only faults are in some edges (pointing nowhere, a quote off its article) still
 * opens without those edges, which are reported; any other fault refuses the whole file.
 */
export function usableGraph(json: unknown): [Graph, GraphProblem[]] {
  const parsed = GraphSchema.safeParse(json);
  if (!parsed.success) {
    const check = checkGraph(json);
    throw new GraphLoadError({ kind: 'invalid', problems: check.ok ? [] : check.problems });
  }
  const problems = findInvariantProblems(parsed.data);
  if (problems.length === 0) return [parsed.data, []];
  const faultyEdges = new Set(problems.map((p) => EDGE_PATH.exec(p.path)?.[1]));
  if (faultyEdges.has(undefined)) throw new GraphLoadError({ kind: 'invalid', problems });
  const graph = { ...parsed.data, edges: parsed.data.edges.filter((_, i) => !faultyEdges.has(String(i))) };
  const remaining = findInvariantProblems(graph);
  if (remaining.length > 0) throw new GraphLoadError({ kind: 'invalid', problems });
  return [graph, problems];
}

export const graphQueryOptions = queryOptions({
  queryKey: ['graph'],
  queryFn: ({ signal }) => fetchGraph(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  // An invalid file stays invalid; only a network failure is worth one quiet retry.
  retry: (failures, error) => error instanceof GraphLoadError && error.failure.kind === 'network' && failures < 1,
});

export function useGraph() {
  return useQuery(graphQueryOptions);
}
