/**
 * One normal form for names in any script, so "Шаріфов", "Шарифов" and "Sharifov" meet:
 * lower case, accents and apostrophes dropped, ё → е, then Cyrillic spelled in Latin letters.
 */
import { toLatin } from '../i18n/transliterate';

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ`]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и');
}

/** The Latin forms a Cyrillic text may take (Russian and Ukrainian readings), folded. */
export function latinForms(text: string): string[] {
  const folded = foldText(text);
  const forms = new Set([foldText(toLatin(folded, 'ru')), foldText(toLatin(folded, 'uk'))]);
  return [...forms];
}

/** Everything a search term or an indexed name is compared as. */
export function searchForms(text: string): string[] {
  return [...new Set([foldText(text), ...latinForms(text)])];
}
