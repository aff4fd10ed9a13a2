import { MONTH_FORMS } from './lexicon-months';
import { DEICTIC_ADJECTIVES, QUALIFIERS, SEASON_FORMS, WEEKDAY_FORMS, type Qualifier } from './lexicon-words';
import { normalizeKey } from './pattern-parts';

const MONTH_BY_FORM = new Map<string, number>();
for (const [month, forms] of Object.entries(MONTH_FORMS)) {
  for (const form of [...forms.full, ...forms.short]) MONTH_BY_FORM.set(normalizeKey(form), Number(month));
}

const WEEKDAY_BY_FORM = new Map<string, number>();
for (const [weekday, forms] of Object.entries(WEEKDAY_FORMS)) {
  for (const form of forms) WEEKDAY_BY_FORM.set(normalizeKey(form), Number(weekday));
}

export function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : MONTH_BY_FORM.get(normalizeKey(word));
}

export function weekdayOfWord(word: string | undefined): number | undefined {
  return word === undefined ? undefined : WEEKDAY_BY_FORM.get(normalizeKey(word));
}

export function qualifierOf(words: string | undefined): Qualifier | undefined {
  return words === undefined ? undefined : QUALIFIERS[normalizeKey(words)];
}

export function deicticOffset(words: string | undefined): number | undefined {
  return words === undefined ? undefined : DEICTIC_ADJECTIVES[normalizeKey(words)];
}

export function seasonOf(word: string | undefined) {
  return word === undefined ? undefined : SEASON_FORMS[normalizeKey(word)];
}

export function lookupIn<T>(table: Record<string, T>, words: string | undefined): T | undefined {
  return words === undefined ? undefined : table[normalizeKey(words)];
}
