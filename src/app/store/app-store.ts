/**
 * The UI store: small slices, one per concern, read with narrow selectors. Server data (the
 * graph) lives in TanStack Query, not here; the shareable part is mirrored in the URL by
 * url-state/url-sync.ts.
 */
import { create } from 'zustand';
import { createFiltersSlice, type FiltersSlice } from '../filters/filters-slice';
import { createLanguageSlice, type LanguageSlice } from '../i18n/language-slice';
import { createUiSlice, type UiSlice } from '../layout/ui-slice';
import { createSearchSlice, type SearchSlice } from '../search/search-slice';
import { createSelectionSlice, type SelectionSlice } from '../selection/selection-slice';
import { createTimeSlice, type TimeSlice } from '../time/time-slice';
import type { ViewState } from '../url-state/view-state';

export type AppState = SelectionSlice & FiltersSlice & TimeSlice & SearchSlice & LanguageSlice & UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFiltersSlice(...a),
  ...createTimeSlice(...a),
  ...createSearchSlice(...a),
  ...createLanguageSlice(...a),
  ...createUiSlice(...a),
}));

/** The shareable view, read from the store. */
export function viewOf(state: AppState): ViewState {
  return {
    selection: state.selection,
    from: state.from,
    to: state.to,
    types: state.types,
    q: state.q,
    lang: state.lang,
    focus: state.focus,
    depth: state.depth,
  };
}

/**
 * Puts a view (from a link or from history) into the store in one update. The camera moves
 * to a selection that changed, or to any selection when `centre` is 'always' (a link opened).
 */
export function applyView(view: ViewState, options: { centre: boolean | 'always' }): void {
  useAppStore.setState((state) => {
    const id = view.selection?.id;
    const moved = id !== undefined && (options.centre === 'always' || (options.centre && id !== state.selection?.id));
    return {
      selection: view.selection,
      from: view.from,
      to: view.to,
      types: view.types,
      q: view.q,
      lang: view.lang,
      focus: view.focus,
      depth: view.depth,
      camera: moved && id !== undefined ? { id, seq: (state.camera?.seq ?? 0) + 1 } : state.camera,
    };
  });
}
