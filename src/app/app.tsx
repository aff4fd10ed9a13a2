import { GraphLoadError, useGraph } from './graph-data/graph-source';
import { useDocumentLanguage } from './i18n/use-language';
import { Explorer } from './layout/explorer';
import { LoadFailure, LoadingState } from './layout/load-states';

export function App() {
  useDocumentLanguage();
  const graph = useGraph();
  if (graph.isPending) return <LoadingState />;
  if (graph.isError) {
    const failure =
      graph.error instanceof GraphLoadError
        ? graph.error.failure
        : { kind: 'network' as const, reason: String(graph.error) };
    return <LoadFailure failure={failure} onRetry={() => void graph.refetch()} retrying={graph.isFetching} />;
  }
  return <Explorer index={graph.data} />;
}
