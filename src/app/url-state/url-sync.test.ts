// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import { applyView, useAppStore } from '../store/app-store';
import { EMPTY_VIEW } from './view-state';
import { useUrlSync } from './url-sync';

const index = seedLikeIndex();

function params() {
  return new URLSearchParams(window.location.search);
}

describe('useUrlSync', () => {
  beforeEach(() => {
    applyView(EMPTY_VIEW, { centre: false });
    useAppStore.getState().setUrlProblems([]);
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('applies a link, drops what the graph lacks and says so', () => {
    window.history.replaceState(null, '', '/?node=person:nobody&from=2021&lang=uk');
    renderHook(() => useUrlSync(index));
    const state = useAppStore.getState();
    expect(state.selection).toBeNull();
    expect(state.from).toBe('2021');
    expect(state.lang).toBe('uk');
    expect(state.urlProblems).toEqual([{ code: 'unknownNode', param: 'node', value: 'person:nobody' }]);
    expect(window.location.search).toBe('?from=2021&lang=uk');
  });

  it('pushes a history entry for a selection and replaces it for typing', () => {
    window.history.replaceState(null, '', '/');
    renderHook(() => useUrlSync(index));
    const length = window.history.length;
    act(() => useAppStore.getState().setQuery('шар'));
    expect(window.history.length).toBe(length);
    expect(params().get('q')).toBe('шар');
    act(() => useAppStore.getState().selectNode('person:samir-sharifov'));
    expect(window.history.length).toBe(length + 1);
    expect(params().get('node')).toBe('person:samir-sharifov');
    act(() => useAppStore.getState().setRange('2025', null));
    expect(window.history.length).toBe(length + 1);
    expect(params().get('from')).toBe('2025');
  });

  it('reads the URL back on Back and Forward', () => {
    window.history.replaceState(null, '', '/');
    renderHook(() => useUrlSync(index));
    window.history.pushState(null, '', '/?edge=' + encodeURIComponent(index.graph.edges[0]?.id ?? ''));
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: index.graph.edges[0]?.id });
    expect(useAppStore.getState().camera?.id).toBe(index.graph.edges[0]?.id);
  });
});
