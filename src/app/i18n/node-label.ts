/**
 * A node's name in the chosen language, with a fallback that stays readable: the sibling
 * Cyrillic language for ru/uk, English, and for English a transliteration of a Cyrillic name.
 */
import type { LocalizedText } from '../../shared/graph/schema';
import type { UiLanguage } from './languages';
import { hasCyrillic, toLatin } from './transliterate';

const FALLBACKS: Record<UiLanguage, readonly string[]> = {
  en: ['en', 'ru', 'uk'],
  ru: ['ru', 'uk', 'en'],
  uk: ['uk', 'ru', 'en'],
};

export function localized(text: LocalizedText, language: UiLanguage): string {
  for (const candidate of FALLBACKS[language]) {
    const value = text[candidate];
    if (value !== undefined) {
      return language === 'en' && hasCyrillic(value) ? toLatin(value, candidate) : value;
    }
  }
  const [tag, value] = Object.entries(text)[0] ?? ['', ''];
  return language === 'en' ? toLatin(value, tag) : value;
}
