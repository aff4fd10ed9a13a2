/** The date range, inclusive; either end may be open. Values are ISO dates at any precision. */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store/app-store';

export interface TimeSlice {
  from: string | null;
  to: string | null;
  setRange: (from: string | null, to: string | null) => void;
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set) => ({
  from: null,
  to: null,
  setRange: (from, to) => set({ from, to }),
});
