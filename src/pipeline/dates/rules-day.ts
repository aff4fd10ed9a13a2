/** Rules for dates that name a day: "20 лютого", "18–19 августа", "March 3, 2025", "02.03.2025". */
import { isoDay, isValidDay, toEpochDay } from './calendar';
import { ALL_MONTHS, MONTH, statedYear, YEAR_OR_REFERENCE, YEAR_SUFFIX, type StatedYear } from './fragments';
import { monthOf } from './lookup';
import { alternation, compile, dayPart, DASH, DIGITS, LEFT, OPT_SP, SP, yearPart } from './pattern-parts';
import { inferYear } from './resolve-year';
import { isAcceptableMonthWord, reading, type DateReading, type DateRule, type ResolveContext } from './rule';

// "3 марта 2025 г.", "March 3, 2025", «27 февраля текущего года».
const YEAR_AFTER = `(?:,?${SP}${YEAR_OR_REFERENCE})?`;
const FROM_WORDS = ['с', 'со', 'з', 'із', 'від', 'from', 'between'];
const FROM = `(?:${LEFT}${alternation(FROM_WORDS)}${SP})?`;
const TO_WORDS = `(?:${DASH}|${SP}(?:по|до|to|and|until|till|through|и|і|та)${SP})`;

interface DayRange {
  startDay: number;
  startMonth: number;
  endDay: number;
  endMonth: number;
  year: StatedYear | undefined;
}

/** Resolves a day range, inferring the year from the article when the text gives none. */
function readDayRange(range: DayRange, context: ResolveContext): DateReading | null {
  const { startDay, startMonth, endDay, endMonth } = range;
  // A range that runs into the next year: "30 декабря – 2 января".
  const endYearShift = endMonth < startMonth ? 1 : 0;
  const spanIn = (year: number) => {
    if (!isValidDay(year, startMonth, startDay) || !isValidDay(year + endYearShift, endMonth, endDay)) return null;
    const first = toEpochDay(year, startMonth, startDay);
    const last = toEpochDay(year + endYearShift, endMonth, endDay);
    return last >= first ? { first, last } : null;
  };
  // A year written after a range that crosses New Year is the year it ends in.
  const stated = range.year === undefined ? undefined : range.year.year - endYearShift;
  const year = stated ?? inferYear(spanIn, context.article, context.tense);
  if (year === null) return null;
  const span = spanIn(year);
  if (!span) return null;
  return reading(range.year?.basis ?? 'article-year', isoDay(span.first), isoDay(span.last));
}

const optionalNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** "20 лютого", "З 19 по 20 лютого", "18–19 августа", "30 июня – 2 июля 2024 г.", "3 March". */
const dayFirst: DateRule = {
  name: 'day-month',
  firstWords: [...FROM_WORDS, ...DIGITS],
  pattern: compile(
    `${FROM}${dayPart('d1')}(?:${SP}(?<m1>${MONTH}))?(?:${TO_WORDS}${dayPart('d2')})?${SP}(?:of${SP})?(?<m2>${MONTH})${YEAR_AFTER}`,
  ),
  read(groups, _match, context) {
    const endMonth = monthOf(groups.m2);
    if (endMonth === undefined || !isAcceptableMonthWord(groups.m2 ?? '')) return null;
    const startMonth = groups.m1 === undefined ? endMonth : monthOf(groups.m1);
    if (startMonth === undefined || !isAcceptableMonthWord(groups.m1 ?? '')) return null;
    const startDay = Number(groups.d1);
    return readDayRange(
      {
        startDay,
        startMonth,
        endDay: optionalNumber(groups.d2) ?? startDay,
        endMonth,
        year: statedYear(groups, context.article.year),
      },
      context,
    );
  },
};

/** "March 3, 2025", "Feb. 20", "February 20–21", "Авг 17, 2024". */
const monthFirst: DateRule = {
  name: 'month-day',
  firstWords: [...ALL_MONTHS, 'from', 'between'],
  pattern: compile(
    `${LEFT}(?:(?:from|between)${SP})?(?<m1>${MONTH})${OPT_SP}${dayPart('d1')}(?:${TO_WORDS}(?:(?<m2>${MONTH})${SP})?${dayPart('d2')})?${YEAR_AFTER}`,
  ),
  read(groups, _match, context) {
    const startMonth = monthOf(groups.m1);
    if (startMonth === undefined || !isAcceptableMonthWord(groups.m1 ?? '')) return null;
    const endMonth = groups.m2 === undefined ? startMonth : monthOf(groups.m2);
    if (endMonth === undefined || !isAcceptableMonthWord(groups.m2 ?? '')) return null;
    const startDay = Number(groups.d1);
    return readDayRange(
      {
        startDay,
        startMonth,
        endDay: optionalNumber(groups.d2) ?? startDay,
        endMonth,
        year: statedYear(groups, context.article.year),
      },
      context,
    );
  },
};

/** "02.03.2025", "2.3.2025 г." (day first, as in Russian and Ukrainian usage). */
const dottedNumeric: DateRule = {
  name: 'dotted-numeric',
  firstWords: DIGITS,
  pattern: compile(
    `(?<![\\p{L}\\p{N}.,:/])(?<d>0?[1-9]|[12]\\d|3[01])\\.(?<m>0?[1-9]|1[0-2])\\.${yearPart('year')}${YEAR_SUFFIX}`,
  ),
  read(groups) {
    const year = Number(groups.year);
    const month = Number(groups.m);
    const day = Number(groups.d);
    if (!isValidDay(year, month, day)) return null;
    return reading('explicit', isoDay(toEpochDay(year, month, day)));
  },
};

/** "2025-03-02". */
const isoNumeric: DateRule = {
  name: 'iso-numeric',
  firstWords: DIGITS,
  pattern: compile(
    `(?<![\\p{L}\\p{N}.\\-])(?<year>1[89]\\d\\d|20\\d\\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\p{N}]|[.\\-]\\p{N})`,
  ),
  read: dottedNumeric.read,
};

export const DAY_RULES: readonly DateRule[] = [dayFirst, monthFirst, dottedNumeric, isoNumeric];
