/** Keys that work anywhere: "/" goes to search, Esc closes the panel. */
import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from '../search/search-box';
import { useAppStore } from '../store/app-store';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(): void {
  useEffect(function listenForShortcuts() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (event.key === 'Escape') {
        const state = useAppStore.getState();
        // An open article dialog closes itself on Esc; the panel waits for the next one.
        if (state.reading || document.querySelector('dialog[open]')) return;
        if (state.selection) state.clearSelection();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
