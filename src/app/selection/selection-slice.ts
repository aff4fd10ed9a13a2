/** What is selected, and where the camera should go. Selection changes are history entries. */
import type { StateCreator } from 'zustand';
import type { Selection } from '../url-state/view-state';
import type { AppState } from '../store/app-store';

export interface CameraRequest {
  id: string;
  /** Increases with every request, so asking twice for the same element moves the camera twice. */
  seq: number;
}

export interface SelectionSlice {
  selection: Selection;
  camera: CameraRequest | null;
  selectNode: (id: string, options?: { centre?: boolean }) => void;
  selectEdge: (id: string, options?: { centre?: boolean }) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  camera: null,
  selectNode: (id, options) =>
    set((state) => ({
      selection: { kind: 'node', id },
      camera: options?.centre ? { id, seq: (state.camera?.seq ?? 0) + 1 } : state.camera,
    })),
  selectEdge: (id, options) =>
    set((state) => ({
      selection: { kind: 'edge', id },
      camera: options?.centre ? { id, seq: (state.camera?.seq ?? 0) + 1 } : state.camera,
    })),
  clearSelection: () => set({ selection: null }),
});
