/**
 * Mirrors the shareable view in the address bar. Selection and focus changes push a history
 * entry (so Back and Forward step through selections); everything else, typing included,
 * replaces the current one. Back/Forward and the first load read the URL back into the store.
 */
import { useEffect, useRef } from 'react';
import type { GraphIndex } from '../graph-data/graph-index';
import { applyView, useAppStore, viewOf } from '../store/app-store';
import { checkViewAgainstGraph } from './check-view';
import { decodeView, encodeView } from './url-codec';
import type { ViewState } from './view-state';

function currentSearch(): string {
  return window.location.search.replace(/^\?/, '');
}

function sameSelection(a: ViewState, b: ViewState): boolean {
  return (
    a.selection?.kind === b.selection?.kind &&
    a.selection?.id === b.selection?.id &&
    a.focus === b.focus &&
    a.depth === b.depth
  );
}

/** Before the graph arrives: language, range, filters and search apply at once. */
export function applyViewFromUrl(): void {
  const { view, problems } = decodeView(window.location.search);
  applyView(view, { centre: false });
  useAppStore.getState().setUrlProblems(problems);
}

function readUrl(index: GraphIndex, centre: boolean | 'always') {
  const decoded = decodeView(window.location.search);
  const checked = checkViewAgainstGraph(decoded.view, index);
  applyView(checked.view, { centre });
  useAppStore.getState().setUrlProblems([...decoded.problems, ...checked.problems]);
}

function writeUrl(view: ViewState, previous: ViewState) {
  const search = encodeView(view);
  if (search === currentSearch()) return;
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (sameSelection(view, previous)) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** Once the graph is loaded: checks the link's ids, then keeps store and URL in step. */
export function useUrlSync(index: GraphIndex): void {
  // The full view replacing the first one reads the link again; a node clicked meanwhile is
  // already where the user left the camera.
  const afterFirstView = useRef(false);
  useEffect(
    function syncUrlWithStore() {
      readUrl(index, afterFirstView.current ? false : 'always');
      afterFirstView.current = index.partial !== undefined;
      // The link as applied (unusable parts dropped) becomes the current entry.
      writeUrl(viewOf(useAppStore.getState()), viewOf(useAppStore.getState()));
      let previous = viewOf(useAppStore.getState());
      const unsubscribe = useAppStore.subscribe((state) => {
        const view = viewOf(state);
        writeUrl(view, previous);
        previous = view;
      });
      const onPopState = () => readUrl(index, true);
      window.addEventListener('popstate', onPopState);
      return () => {
        unsubscribe();
        window.removeEventListener('popstate', onPopState);
      };
    },
    [index],
  );
}
