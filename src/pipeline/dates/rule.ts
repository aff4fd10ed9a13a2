import type { ArticleDate } from './article-date';
import type { DateMention } from './types';
import type { Qualifier } from './lexicon-words';
import type { Tense } from './resolve-year';

export interface ResolveContext {
  article: ArticleDate;
  tense: Tense;
  /** The whole text, for rules that look at what follows a match. */
  text: string;
}

/** What a rule reads from one match: the date and how it was reached. */
export interface DateReading {
  start: string;
  end?: string;
  qualifier?: Qualifier;
  basis: DateMention['basis'];
}

export type MatchGroups = Partial<Record<string, string>>;

export interface DateRule {
  name: string;
  /** Words (or digits) a match can begin with: a rule is tried only where the text starts with one's first letter. */
  firstWords: readonly string[];
  /** Sticky, Unicode, case-insensitive; compiled once at module load. */
  pattern: RegExp;
  read(groups: MatchGroups, match: RegExpExecArray, context: ResolveContext): DateReading | null;
}

/** A reading whose end is dropped when it equals the start. */
export function reading(basis: DateReading['basis'], start: string, end?: string, qualifier?: Qualifier): DateReading {
  const result: DateReading = { start, basis };
  if (end !== undefined && end !== start) result.end = end;
  if (qualifier !== undefined) result.qualifier = qualifier;
  return result;
}

/** Latin month names count only when capitalized: "may", "march" and "sept" are ordinary words too. */
export function isAcceptableMonthWord(word: string): boolean {
  const first = word.charAt(0);
  if (!/[a-z]/i.test(first)) return true;
  return first === first.toUpperCase();
}
