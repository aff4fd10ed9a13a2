import { useEffect, useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { browserLanguages, languageFromBrowser, type UiLanguage } from './languages';
import { translator, type Translate } from './translate';

const browserDefault = languageFromBrowser(browserLanguages());

/** The interface language: the one chosen in the link or the menu, else the browser's. */
export function useLanguage(): UiLanguage {
  return useAppStore((state) => state.lang) ?? browserDefault;
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}

/** Keeps <html lang> in step, so screen readers pronounce the interface correctly. */
export function useDocumentLanguage(): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
