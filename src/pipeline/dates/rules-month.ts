/** Rules for months and years: "в начале июля", "в марте прошлого года", "2020-2022 годов", "in late 2024". */
import { isoMonth, isoYear, monthFirstDay, monthLastDay, shiftMonth } from './calendar';
import { MONTH_FORMS } from './lexicon-months';
import { BARE_MONTH_WORDS, BARE_YEAR_WORDS, MONTH_REFERENCES, YEAR_REFERENCES } from './lexicon-relative';
import { DEICTIC_ADJECTIVES, HALF_QUALIFIERS, MONTH_PREPOSITIONS, QUALIFIERS } from './lexicon-words';
import { deicticOffset, lookupIn, monthOf, qualifierOf } from './lookup';
import { alternation, compile, DASH, DIGITS, LEFT, normalizeKey, RIGHT, SP, yearPart } from './pattern-parts';
import { inferYear } from './resolve-year';
import { isAcceptableMonthWord, reading, type DateReading, type DateRule, type ResolveContext } from './rule';
import { ALL_MONTHS, MONTH, statedYear, YEAR_REFERENCE, YEAR_SUFFIX } from './fragments';

const FULL_MONTH_FORMS = new Set(Object.values(MONTH_FORMS).flatMap((forms) => forms.full.map(normalizeKey)));
const QUALIFIER = `(?<qual>${alternation(Object.keys(QUALIFIERS))})(?:${SP}|(?<=-))`;
const PREPOSITION = `(?<prep>${alternation(MONTH_PREPOSITIONS)})${SP}`;
const DEICTIC = `(?<deictic>${alternation(Object.keys(DEICTIC_ADJECTIVES))})${SP}`;
const RANGE_JOIN = `(?:${DASH}|${SP}(?:по|до|to|through|until|till|and|и|і|та)${SP})`;

/** Numbers followed by these are amounts, not years: "в 2020 млн", "for 2025 people". */
const AMOUNT_AFTER = /^[\s\u00a0]*(?:%|процент|млн|млрд|тыс|тис|million|billion|thousand|people|человек|осіб|чел\.)/iu;

const DECADE_AFTER = /^(?:-?(?:х|е|ые|ых|ті|тих|s)|['\u2019]s)(?![\p{L}])/u;

/** A year, or its first or second half when the qualifier says so ("во второй половине 2024 года"). */
function yearReading(basis: DateReading['basis'], year: number, qualifierWords: string | undefined): DateReading {
  const half = lookupIn(HALF_QUALIFIERS, qualifierWords);
  if (half !== undefined)
    return reading(basis, isoMonth(year, half === 1 ? 1 : 7), isoMonth(year, half === 1 ? 6 : 12));
  return reading(basis, isoYear(year), undefined, qualifierOf(qualifierWords));
}

/** The month named with "last"/"next"/"this" ("last October"): the one before, after or in the article's year. */
function deicticMonthYear(month: number, offset: number, article: ResolveContext['article']): number | null {
  if (offset === 0) return article.year;
  for (let k = 0; k <= 2; k += 1) {
    const year = offset < 0 ? article.year - k : article.year + k;
    if (offset < 0 && monthLastDay(year, month) < article.first) return year;
    if (offset > 0 && monthFirstDay(year, month) > article.last) return year;
  }
  return null;
}

/** "в феврале", "в начале июля", "В апреле 2021 года", "в сентябре–октябре текущего года", "mid-July". */
const monthPhrase: DateRule = {
  name: 'month',
  firstWords: [...Object.keys(QUALIFIERS), ...MONTH_PREPOSITIONS, ...Object.keys(DEICTIC_ADJECTIVES), ...ALL_MONTHS],
  pattern: compile(
    `${LEFT}(?:${QUALIFIER})?(?:${PREPOSITION})?(?:${DEICTIC})?(?<m1>${MONTH})(?:${RANGE_JOIN}(?<m2>${MONTH}))?(?:,?${SP}(?:${yearPart('year')}${YEAR_SUFFIX}|${YEAR_REFERENCE}))?`,
  ),
  read(groups, _match, context) {
    const startMonth = monthOf(groups.m1);
    const endMonth = groups.m2 === undefined ? startMonth : monthOf(groups.m2);
    if (startMonth === undefined || endMonth === undefined) return null;
    if (!isAcceptableMonthWord(groups.m1 ?? '') || !isAcceptableMonthWord(groups.m2 ?? '')) return null;
    const qualifier = qualifierOf(groups.qual);
    const deictic = deicticOffset(groups.deictic);
    const stated =
      statedYear(groups, context.article.year) ??
      (deictic === undefined || groups.m2 !== undefined
        ? undefined
        : { year: deicticMonthYear(startMonth, deictic, context.article), basis: 'relative' as const });
    if (stated?.year === null) return null;
    if (!stated) {
      // A bare month name is a date only after a preposition or qualifier, and never as an abbreviation.
      if (groups.qual === undefined && groups.prep === undefined) return null;
      const words = [groups.m1, groups.m2].filter((w): w is string => w !== undefined);
      if (!words.every((w) => FULL_MONTH_FORMS.has(normalizeKey(w)))) return null;
      // Cyrillic months are written in lower case after a preposition: «к Мае Санду» is a name.
      if (words.some((w) => /^[\u0400-\u042f]/.test(w))) return null;
    }
    const endYearShift = endMonth < startMonth ? 1 : 0;
    // A year written after "декабрь–январь 2025" is the year the range ends in.
    const year: number | null =
      (stated?.year === undefined ? undefined : stated.year - endYearShift) ??
      inferYear(
        (y) => ({ first: monthFirstDay(y, startMonth), last: monthLastDay(y + endYearShift, endMonth) }),
        context.article,
        context.tense,
      );
    if (year === null) return null;
    const basis = stated?.basis ?? 'article-year';
    // A qualifier on a range ("в конце мая–июня") is unclear; keep it only for one month.
    const kept = startMonth === endMonth && endYearShift === 0 ? qualifier : undefined;
    return reading(basis, isoMonth(year, startMonth), isoMonth(year + endYearShift, endMonth), kept);
  },
};

const YEAR_PREPOSITIONS = [...MONTH_PREPOSITIONS, 'for', 'between', 'за', 'итогам', 'по итогам'];
const YEAR_PREPOSITION = `(?<prep>${alternation(YEAR_PREPOSITIONS)})${SP}`;

/** "по итогам 2020 года", "2020-2022 годов", "на 2022–2026 годы", "in late 2024", "since 2019". */
const yearPhrase: DateRule = {
  name: 'year',
  firstWords: [...Object.keys(QUALIFIERS), ...YEAR_PREPOSITIONS, ...DIGITS],
  pattern: compile(
    `${LEFT}(?:${QUALIFIER})?(?:${YEAR_PREPOSITION})?${yearPart('y1')}(?:${RANGE_JOIN}${yearPart('y2')})?(?<suffix>${YEAR_SUFFIX})`,
  ),
  read(groups, match, context) {
    const hasSuffix = (groups.suffix ?? '').trim() !== '';
    if (!hasSuffix) {
      if (groups.qual === undefined && groups.prep === undefined) return null;
      if (AMOUNT_AFTER.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 12))) {
        return null;
      }
    }
    // «в 1990-х», "the 1990s" name a decade, not a year.
    if (DECADE_AFTER.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 4))) {
      return null;
    }
    const first = Number(groups.y1);
    const last = groups.y2 === undefined ? first : Number(groups.y2);
    if (last < first) return null;
    if (groups.y2 === undefined) return yearReading('explicit', first, groups.qual);
    return reading('explicit', isoYear(first), isoYear(last));
  },
};

/** "в конце года", "в конце прошлого года", "early next year", "в начале этого месяца", "at the end of the month". */
const qualifiedReference: DateRule = {
  name: 'qualified-reference',
  firstWords: Object.keys(QUALIFIERS),
  pattern: compile(
    `${LEFT}${QUALIFIER}(?:${YEAR_REFERENCE}|(?<ybare>${alternation(BARE_YEAR_WORDS)})${RIGHT}|(?<mref>${alternation(Object.keys(MONTH_REFERENCES))})${RIGHT}|(?<mbare>${alternation(BARE_MONTH_WORDS)})${RIGHT})`,
  ),
  read(groups, _match, context) {
    const qualifier = qualifierOf(groups.qual);
    const { article } = context;
    const yearOffset = lookupIn(YEAR_REFERENCES, groups.yref);
    if (yearOffset !== undefined) return yearReading('relative', article.year + yearOffset, groups.qual);
    if (groups.ybare !== undefined) return yearReading('article-year', article.year, groups.qual);
    const monthOffset = lookupIn(MONTH_REFERENCES, groups.mref) ?? (groups.mbare !== undefined ? 0 : undefined);
    if (monthOffset === undefined) return null;
    // Without the article's month, say only the year, and drop a qualifier that was about the month.
    if (article.month === undefined) return reading('relative', isoYear(article.year));
    const { year, month } = shiftMonth(article.year, article.month, monthOffset);
    return reading('relative', isoMonth(year, month), undefined, qualifier);
  },
};

export const MONTH_RULES: readonly DateRule[] = [monthPhrase, yearPhrase, qualifiedReference];
