/**
 * The graph's view files, fetched at run time: the one place that knows their URLs, how to fetch
 * them and how to validate them. The first view (data/first.json, only what the default view
 * draws) comes first when the link asks for the default view; the full view (data/view.json)
 * right after the first frame, or at once for any other link. Failures of the full view carry
 * what the page needs to say (network, not JSON, invalid); a first view that fails is simply
 * not used. Article texts and evidence come later, with their chunks (node-chunk.ts, article-chunk.ts).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphProblem } from '../../shared/graph/invariants';
import { FIRST_VIEW_PATH, VIEW_PATH } from '../../shared/graph/split';
import { usableFirstView } from './first-view';
import { indexGraph, type GraphIndex } from './graph-index';
import { readGraphView } from './graph-view';

export const GRAPH_URL = `${import.meta.env.BASE_URL}${VIEW_PATH}`;
export const FIRST_VIEW_URL = `${import.meta.env.BASE_URL}${FIRST_VIEW_PATH}`;

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

export function useGraph(options: { enabled: boolean }) {
  return useQuery({ ...graphQueryOptions, enabled: options.enabled });
}

/**
 * Whether the build made a first view: it says so by preloading it in the HTML (vite.config.ts),
 * so a small graph, which has none, costs no failed request.
 */
export function hasFirstView(): boolean {
  return document.querySelector(`link[rel="preload"][href="${FIRST_VIEW_URL}"]`) !== null;
}

/** The first view as a partial index; null when there is none (a small graph) or it is unusable. */
export async function fetchFirstView(signal?: AbortSignal): Promise<GraphIndex | null> {
  try {
    const response = await fetch(FIRST_VIEW_URL, { signal });
    if (!response.ok) return null;
    return usableFirstView(await response.json());
  } catch {
    return null;
  }
}

export const firstViewQueryOptions = queryOptions({
  queryKey: ['graph', 'first'],
  queryFn: ({ signal }) => fetchFirstView(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useFirstView(options: { enabled: boolean }) {
  return useQuery({ ...firstViewQueryOptions, enabled: options.enabled });
}
