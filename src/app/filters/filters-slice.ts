/** Node types shown, the focus neighbourhood, and the node budget of the bounded view. */
import type { StateCreator } from 'zustand';
import { NODE_TYPES, type NodeType } from '../../shared/graph/schema';
import type { AppState } from '../store/app-store';

/** How many nodes the canvas shows before "show more": enough for a readable picture. */
export const NODE_BUDGET_STEP = 400;

export interface FiltersSlice {
  types: NodeType[] | null;
  focus: string | null;
  depth: 1 | 2;
  nodeLimit: number;
  toggleType: (type: NodeType) => void;
  setFocus: (node: string, depth: 1 | 2) => void;
  clearFocus: () => void;
  showMore: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  types: null,
  focus: null,
  depth: 1,
  nodeLimit: NODE_BUDGET_STEP,
  toggleType: (type) =>
    set((state) => {
      const current = state.types ?? [...NODE_TYPES];
      const next = current.includes(type) ? current.filter((t) => t !== type) : [...current, type];
      return { types: next.length === NODE_TYPES.length ? null : NODE_TYPES.filter((t) => next.includes(t)) };
    }),
  setFocus: (node, depth) => set({ focus: node, depth }),
  clearFocus: () => set({ focus: null, depth: 1 }),
  showMore: () => set((state) => ({ nodeLimit: state.nodeLimit + NODE_BUDGET_STEP })),
});
