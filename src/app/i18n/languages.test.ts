import { describe, expect, it } from 'vitest';
import { languageFromBrowser } from './languages';

describe('languageFromBrowser', () => {
  it('takes the first preferred language the interface speaks', () => {
    expect(languageFromBrowser(['de-DE', 'uk-UA', 'ru'])).toBe('uk');
    expect(languageFromBrowser(['ru-RU'])).toBe('ru');
  });
  it('falls back to English', () => {
    expect(languageFromBrowser(['fr-FR'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });
});
