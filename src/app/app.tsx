import { useState } from 'react';
import { GraphLoadError, hasFirstView, useFirstView, useGraph } from './graph-data/graph-source';
import { useDocumentLanguage } from './i18n/use-language';
import { Explorer } from './layout/explorer';
import { LoadFailure, LoadingState } from './layout/load-states';
import { useAppStore, type AppState } from './store/app-store';
import { NODE_BUDGET_STEP } from './filters/filters-slice';

/** The view data/first.json holds: a link with anything more must wait for the full view. */
function opensDefaultView(state: AppState): boolean {
  return (
    state.selection === null &&
    state.from === null &&
    state.to === null &&
    state.types === null &&
    state.q === '' &&
    state.focus === null &&
    state.nodeLimit === NODE_BUDGET_STEP &&
    state.mainView === 'graph'
  );
}

export function App() {
  useDocumentLanguage();
  // Decided once, from the link as opened: later changes happen in an explorer already shown.
  const [wantFirst] = useState(() => hasFirstView() && opensDefaultView(useAppStore.getState()));
  const first = useFirstView({ enabled: wantFirst });
  const firstFrameDrawn = useAppStore((state) => state.firstFrameDrawn);
  // With the first view, view.json is fetched and read once the first frame is drawn; without it
  // (another link, a small graph, an unusable first view), at once; the HTML's preload (or, for a
  // deep link, public/preload-view.js) has started its download with the page.
  const graph = useGraph({ enabled: !wantFirst || first.data === null || firstFrameDrawn });
  if (graph.isError) {
    const failure =
      graph.error instanceof GraphLoadError
        ? graph.error.failure
        : { kind: 'network' as const, reason: String(graph.error) };
    return <LoadFailure failure={failure} onRetry={() => void graph.refetch()} retrying={graph.isFetching} />;
  }
  const index = graph.data ?? first.data;
  if (!index) return <LoadingState />;
  return <Explorer index={index} />;
}
