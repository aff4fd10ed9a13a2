/** Dates counted from the article's own date, never finer than the article's date allows. */
import type { ArticleDate } from './article-date';
import { isoDay, isoMonth, isoYear, monthFirstDay, monthLastDay, shiftMonth, weekdayOf } from './calendar';
import type { RelativeStep } from './lexicon-relative';
import type { Season } from './lexicon-words';
import { inferYear, type DaySpan, type Tense } from './resolve-year';
import { reading, type DateReading } from './rule';

/** The article's own date as ISO at its own precision: the best a finer relative phrase can say. */
export function articleIso(article: ArticleDate): string {
  if (article.precision === 'day') return isoDay(article.first);
  if (article.month !== undefined) return isoMonth(article.year, article.month);
  return isoYear(article.year);
}

/** "вчера", "минулого тижня", "next month", "в прошлом году" against the article date. */
export function readRelativeStep(step: RelativeStep, article: ArticleDate): DateReading {
  const { unit, offset } = step;
  if (unit === 'year') return reading('relative', isoYear(article.year + offset));
  if (unit === 'month') {
    if (article.month === undefined) return reading('relative', isoYear(article.year));
    const { year, month } = shiftMonth(article.year, article.month, offset);
    return reading('relative', isoMonth(year, month));
  }
  if (article.precision !== 'day') return reading('relative', articleIso(article));
  if (unit === 'day') return reading('relative', isoDay(article.first + offset));
  // Weeks run Monday to Sunday.
  const monday = article.first - weekdayOf(article.first) + 7 * offset;
  // "Earlier this week" ends the day before the article's (a Monday article's can only mean that Monday).
  const last = step.soFar ? Math.max(monday, article.first - 1) : monday + 6;
  return reading('relative', isoDay(monday), last > monday ? isoDay(last) : undefined);
}

/**
 * A weekday or a run of weekdays ("в пятницу", "с понедельника по среду", "last Monday").
 * `direction` is what the words say: -1 "last", +1 "next", 0 "this"; otherwise the tense leans,
 * and with neither a single day takes the nearest and a run takes the article's own week.
 */
export function readWeekdays(
  startWeekday: number,
  endWeekday: number | undefined,
  direction: number | undefined,
  article: ArticleDate,
  tense: Tense,
): DateReading {
  if (article.precision !== 'day') return reading('weekday', articleIso(article));
  const day = article.first;
  const articleWeekday = weekdayOf(day);
  const length = endWeekday === undefined ? 0 : (endWeekday - startWeekday + 7) % 7;
  const back = (articleWeekday - startWeekday + 7) % 7;
  const ahead = (startWeekday - articleWeekday + 7) % 7;
  let start: number;
  if (direction === -1) start = day - (back === 0 ? 7 : back);
  else if (direction === 1) start = day + (ahead === 0 ? 7 : ahead);
  else if (direction === 0) start = day - articleWeekday + startWeekday;
  else if (tense === 'past') start = day - back;
  else if (tense === 'future') start = day - back + length >= day ? day - back : day + ahead;
  else if (length > 0) start = day - articleWeekday + startWeekday;
  else start = back <= ahead ? day - back : day + ahead;
  return reading('weekday', isoDay(start), length > 0 ? isoDay(start + length) : undefined);
}

const SEASON_MONTHS: Record<Season, { startMonth: number; endMonth: number; startsYearBefore: boolean }> = {
  // Winter "of a year" is the one that ends in it: December of the year before to February.
  winter: { startMonth: 12, endMonth: 2, startsYearBefore: true },
  spring: { startMonth: 3, endMonth: 5, startsYearBefore: false },
  summer: { startMonth: 6, endMonth: 8, startsYearBefore: false },
  autumn: { startMonth: 9, endMonth: 11, startsYearBefore: false },
};

function seasonMonths(season: Season, year: number) {
  const { startMonth, endMonth, startsYearBefore } = SEASON_MONTHS[season];
  return { startYear: startsYearBefore ? year - 1 : year, startMonth, endYear: year, endMonth };
}

function seasonSpan(season: Season, year: number): DaySpan {
  const m = seasonMonths(season, year);
  return { first: monthFirstDay(m.startYear, m.startMonth), last: monthLastDay(m.endYear, m.endMonth) };
}

/** The season of a year: stated, relative ("прошлым летом") or the one the tense points to. */
export function readSeason(
  season: Season,
  stated: { year: number; basis: 'explicit' | 'relative' } | undefined,
  deictic: number | undefined,
  article: ArticleDate,
  tense: Tense,
): DateReading | null {
  let year: number | null;
  let basis: DateReading['basis'] = stated?.basis ?? 'article-year';
  if (stated) year = stated.year;
  else if (deictic === -1 || deictic === 1) {
    basis = 'relative';
    const years = [article.year - 2, article.year - 1, article.year, article.year + 1, article.year + 2];
    year =
      deictic === -1
        ? (years.filter((y) => seasonSpan(season, y).last < article.first).at(-1) ?? null)
        : (years.find((y) => seasonSpan(season, y).first > article.last) ?? null);
  } else {
    if (deictic === 0) basis = 'relative';
    year = inferYear((y) => seasonSpan(season, y), article, deictic === 0 ? undefined : tense);
  }
  if (year === null) return null;
  const m = seasonMonths(season, year);
  return reading(basis, isoMonth(m.startYear, m.startMonth), isoMonth(m.endYear, m.endMonth));
}
