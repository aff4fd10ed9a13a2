/**
 * The graph, fetched at run time: the one place that knows its URL, how to fetch it and how
 * to validate it. Failures carry what the page needs to say (network, not JSON, invalid).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { checkGraph, type GraphProblem } from '../../shared/graph/invariants';
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
  const check = checkGraph(json);
  if (!check.ok) throw new GraphLoadError({ kind: 'invalid', problems: check.problems });
  return indexGraph(check.graph);
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
