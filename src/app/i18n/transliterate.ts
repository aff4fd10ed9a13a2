/**
 * Cyrillic → Latin, for label fallbacks and for search. The library's Russian and Ukrainian
 * presets differ (и → i or y, г → g or h), so callers that match text try both.
 */
import cyrillicToTranslit from 'cyrillic-to-translit-js';

const russian = cyrillicToTranslit({ preset: 'ru' });
const ukrainian = cyrillicToTranslit({ preset: 'uk' });

const CYRILLIC = /[\u0400-\u04FF]/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Latin spelling of a Cyrillic text read as `language` (ru unless uk). */
export function toLatin(text: string, language: string = 'ru'): string {
  if (!hasCyrillic(text)) return text;
  const latin = (language === 'uk' ? ukrainian : russian).transform(text);
  // The presets leave letters of the other language (і, ї, є, ы, э) untouched; finish them off.
  return latin
    .replace(/[іїІЇ]/g, (c) => (c === c.toLowerCase() ? 'i' : 'I'))
    .replace(/[єЄ]/g, (c) => (c === 'є' ? 'ie' : 'Ie'))
    .replace(/[ыЫ]/g, (c) => (c === 'ы' ? 'y' : 'Y'))
    .replace(/[эЭ]/g, (c) => (c === 'э' ? 'e' : 'E'));
}
