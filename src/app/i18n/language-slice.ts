import type { StateCreator } from 'zustand';
import type { AppState } from '../store/app-store';
import type { UiLanguage } from './languages';

export interface LanguageSlice {
  /** The language chosen in the link or the menu; null follows the browser. */
  lang: UiLanguage | null;
  setLanguage: (lang: UiLanguage) => void;
}

export const createLanguageSlice: StateCreator<AppState, [], [], LanguageSlice> = (set) => ({
  lang: null,
  setLanguage: (lang) => set({ lang }),
});
