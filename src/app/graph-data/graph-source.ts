/**
 * The graph's first view, fetched at run time: the one place that knows its URL, how to fetch
 * it and how to validate it. Failures carry what the page needs to say (network, not JSON,
 * invalid). Article texts and evidence come later, with their chunks (node-chunk.ts, article-chunk.ts).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphProblem } from '../../shared/graph/invariants';
import { VIEW_PATH } from '../../shared/graph/split';
import { indexGraph, type GraphIndex } from './graph-index';
import { readGraphView } from './graph-view';

export const GRAPH_URL = `${import.meta.env.BASE_URL}${VIEW_PATH}`;

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
  return usableGraph(json);
}

/** The view file, checked: an edge-only fault leaves those edges out; any other refuses the file. */
export function usableGraph(json: unknown): GraphIndex {
  const check = readGraphView(json);
  if (!check.ok) throw new GraphLoadError({ kind: 'invalid', problems: check.problems });
  return indexGraph(check.view, check.setAside);
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
