import type { StateCreator } from 'zustand';
import type { AppState } from '../store/app-store';

export interface SearchSlice {
  q: string;
  setQuery: (q: string) => void;
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set) => ({
  q: '',
  setQuery: (q) => set({ q }),
});
