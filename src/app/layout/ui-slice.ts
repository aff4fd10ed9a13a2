/** Interface state that is not part of a link: which view is open, the article reader, notices. */
import type { StateCreator } from 'zustand';
import type { Evidence } from '../../shared/graph/schema';
import type { AppState } from '../store/app-store';
import type { UrlProblem } from '../url-state/view-state';

export type MainView = 'graph' | 'list';

export interface UiSlice {
  mainView: MainView;
  reading: Evidence | null;
  urlProblems: UrlProblem[];
  /** The canvas has drawn its first frame: the full view may load now without delaying it. */
  firstFrameDrawn: boolean;
  setMainView: (view: MainView) => void;
  openReader: (evidence: Evidence) => void;
  closeReader: () => void;
  setUrlProblems: (problems: UrlProblem[]) => void;
  setFirstFrameDrawn: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  mainView: 'graph',
  reading: null,
  urlProblems: [],
  firstFrameDrawn: false,
  setMainView: (mainView) => set({ mainView }),
  openReader: (reading) => set({ reading }),
  closeReader: () => set({ reading: null }),
  setUrlProblems: (urlProblems) => set({ urlProblems }),
  setFirstFrameDrawn: () => set({ firstFrameDrawn: true }),
});
