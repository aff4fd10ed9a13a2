/** Grammar fragments shared by several rule files: month names, years and what may follow them. */
import { MONTH_FORMS } from './lexicon-months';
import { YEAR_REFERENCES } from './lexicon-relative';
import { YEAR_SUFFIXES } from './lexicon-words';
import { lookupIn } from './lookup';
import { alternation, OPT_SP, RIGHT, yearPart } from './pattern-parts';
import type { MatchGroups } from './rule';

export const ALL_MONTHS = Object.values(MONTH_FORMS).flatMap((forms) => [...forms.full, ...forms.short]);
/** Any month name or abbreviation, as a whole word. */
export const MONTH = `${alternation(ALL_MONTHS)}${RIGHT}`;
/** An optional year word after a number: "2020 года", "2025 р.". */
export const YEAR_SUFFIX = `(?:${OPT_SP}${alternation(YEAR_SUFFIXES)}(?![\\p{L}]))?`;
/** «прошлого года», «цього року», "last year", captured as `yref`. */
export const YEAR_REFERENCE = `(?<yref>${alternation(Object.keys(YEAR_REFERENCES))})${RIGHT}`;
/** A stated year (captured as `year`) or a year reference (`yref`). */
export const YEAR_OR_REFERENCE = `(?:${yearPart('year')}${YEAR_SUFFIX}|${YEAR_REFERENCE})`;

export interface StatedYear {
  year: number;
  /** Stated outright ("2024 года") or counted from the article ("прошлого года"). */
  basis: 'explicit' | 'relative';
}

/** The year a match states through its `year` or `yref` group, if any. */
export function statedYear(groups: MatchGroups, articleYear: number): StatedYear | undefined {
  if (groups.year !== undefined) return { year: Number(groups.year), basis: 'explicit' };
  const offset = lookupIn(YEAR_REFERENCES, groups.yref);
  return offset === undefined ? undefined : { year: articleYear + offset, basis: 'relative' };
}
