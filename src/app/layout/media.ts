/** Media preferences the interface follows: colour scheme and reduced motion. */
import { useSyncExternalStore } from 'react';
import type { ColorScheme } from './palette';

const DARK = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void) {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(
    subscribeToScheme,
    () => (window.matchMedia(DARK).matches ? 'dark' : 'light'),
    () => 'light',
  );
}

/** Read at the moment of a camera move, so a change of the setting applies at once. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
