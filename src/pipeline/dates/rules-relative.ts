/** Rules for dates counted from the article: "вчера", "минулого тижня", "в пятницу", "летом", "в первом полугодии". */
import { isoMonth } from './calendar';
import { EVE_WORDS, RELATIVE_PHRASES, YEAR_REFERENCES } from './lexicon-relative';
import { DEICTIC_ADJECTIVES, SEASON_FORMS, WEEKDAY_FORMS } from './lexicon-words';
import { deicticOffset, lookupIn, seasonOf, weekdayOfWord } from './lookup';
import { alternation, compile, DASH, LEFT, normalizeKey, RIGHT, SP, yearPart } from './pattern-parts';
import { readRelativeStep, readSeason, readWeekdays } from './resolve-relative';
import { isAcceptableMonthWord, reading, type DateRule, type MatchGroups } from './rule';
import { YEAR_SUFFIX } from './rules-day';

const SEASON_PREPOSITIONS = [
  'в',
  'во',
  'до',
  'с',
  'со',
  'к',
  'у',
  'з',
  'із',
  'in',
  'since',
  'by',
  'until',
  'during',
  'through',
];
const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = `${alternation(Object.values(WEEKDAY_FORMS).flat())}${RIGHT}`;
const DEICTIC = alternation(Object.keys(DEICTIC_ADJECTIVES));
const YEAR_REFERENCE = `(?<yref>${alternation(Object.keys(YEAR_REFERENCES))})${RIGHT}`;
const YEAR_OR_REFERENCE = `(?:${yearPart('year')}${YEAR_SUFFIX}|${YEAR_REFERENCE})`;

/**
 * "накануне" is "yesterday" only when no noun follows: "накануне провёл", "накануне, 20 мая",
 * but "накануне визита" is "on the eve of the visit", tied to an event, not to the article.
 */
const EVE_AS_DAY =
  /^(?:[\s\u00a0]*(?:[^\p{L}\p{N}\s]|$)|[\s\u00a0]+(?:\p{Lu}|(?:в|во|на|с|у|по|вечером|утром|днем|днём|ввечері|вранці|вдень)(?![\p{L}])|\p{L}*(?:л|ла|ли|ло|лся|лась|лись|лось|лася|лися|лося|в|вся)(?![\p{L}])))/u;

const relativePhrase: DateRule = {
  name: 'relative',
  firstWords: Object.keys(RELATIVE_PHRASES),
  pattern: compile(`${LEFT}(?<phrase>${alternation(Object.keys(RELATIVE_PHRASES))})${RIGHT}`),
  read(groups, match, context) {
    const step = lookupIn(RELATIVE_PHRASES, groups.phrase);
    if (!step) return null;
    if (EVE_WORDS.has(normalizeKey(groups.phrase ?? ''))) {
      const end = match.index + match[0].length;
      if (!EVE_AS_DAY.test(context.text.slice(end, end + 40))) return null;
    }
    return readRelativeStep(step, context.article);
  },
};

/** "в пятницу", "у вівторок", "on Monday", "met Monday", "last Friday", "в прошлую среду". */
const weekday: DateRule = {
  name: 'weekday',
  firstWords: [...Object.keys(DEICTIC_ADJECTIVES), 'в', 'во', 'у', 'on', ...ENGLISH_WEEKDAYS],
  pattern: compile(`${LEFT}(?:(?:(?<deictic>${DEICTIC})|(?<on>в|во|у|on))${SP})?(?<wd>${WEEKDAY})`),
  read(groups, _match, context) {
    const day = weekdayOfWord(groups.wd);
    const word = groups.wd ?? '';
    if (day === undefined || !isAcceptableMonthWord(word)) return null;
    // Wires write "met Monday"; a Cyrillic weekday alone («среда» = "environment") needs its preposition.
    if (groups.deictic === undefined && groups.on === undefined && !/^[A-Z]/.test(word)) return null;
    return readWeekdays(day, undefined, deicticOffset(groups.deictic), context.article, context.tense);
  },
};

/** "с понедельника по среду", "з понеділка по середу", "from Monday to Wednesday", "Monday–Wednesday". */
const weekdayRange: DateRule = {
  name: 'weekday-range',
  firstWords: [...Object.values(WEEKDAY_FORMS).flat(), 'с', 'со', 'з', 'із', 'від', 'from'],
  pattern: compile(
    `${LEFT}(?:(?:с|со|з|із|від|from)${SP})?(?<wd1>${WEEKDAY})(?:${SP}(?:по|до|to|through|until|till)${SP}|${DASH})(?<wd2>${WEEKDAY})`,
  ),
  read(groups, _match, context) {
    const first = weekdayOfWord(groups.wd1);
    const last = weekdayOfWord(groups.wd2);
    if (first === undefined || last === undefined || first === last) return null;
    if (!isAcceptableMonthWord(groups.wd1 ?? '') || !isAcceptableMonthWord(groups.wd2 ?? '')) return null;
    return readWeekdays(first, last, undefined, context.article, context.tense);
  },
};

function statedYear(groups: MatchGroups, articleYear: number) {
  if (groups.year !== undefined) return { year: Number(groups.year), basis: 'explicit' as const };
  const offset = lookupIn(YEAR_REFERENCES, groups.yref);
  return offset === undefined ? undefined : { year: articleYear + offset, basis: 'relative' as const };
}

/** "летом", "влітку", "прошлым летом", "in the summer of 2023", "осенью 2024 года", "last winter". */
const season: DateRule = {
  name: 'season',
  firstWords: [...SEASON_PREPOSITIONS, ...Object.keys(DEICTIC_ADJECTIVES), ...Object.keys(SEASON_FORMS)],
  pattern: compile(
    `${LEFT}(?:(?<prep>${alternation(SEASON_PREPOSITIONS)})${SP}(?:the${SP})?)?(?:(?<deictic>${DEICTIC})${SP})?(?<season>${alternation(Object.keys(SEASON_FORMS))})${RIGHT}(?:${SP}(?:of${SP})?${YEAR_OR_REFERENCE})?`,
  ),
  read(groups, _match, context) {
    const form = seasonOf(groups.season);
    if (!form || !isAcceptableSeasonWord(groups)) return null;
    const stated = statedYear(groups, context.article.year);
    const deictic = deicticOffset(groups.deictic);
    if (!form.standsAlone && !stated && deictic === undefined && groups.prep === undefined) return null;
    return readSeason(form.season, stated, deictic, context.article, context.tense);
  },
};

/** English "fall" is an ordinary word ("the fall of the government"): it counts only with a year or "last"/"next". */
function isAcceptableSeasonWord(groups: MatchGroups): boolean {
  if (normalizeKey(groups.season ?? '') !== 'fall') return true;
  return groups.year !== undefined || groups.yref !== undefined || groups.deictic !== undefined;
}

const ORDINALS: Record<string, number> = {
  ...Object.fromEntries(
    ['первом', 'первое', 'первого', '1-м', '1-ом', 'i', 'першому', 'перше', 'першого', 'first', '1st'].map((w) => [
      w,
      1,
    ]),
  ),
  ...Object.fromEntries(
    ['втором', 'второе', 'второго', '2-м', '2-ом', 'ii', 'другому', 'друге', 'другого', 'second', '2nd'].map((w) => [
      w,
      2,
    ]),
  ),
  ...Object.fromEntries(
    ['третьем', 'третье', 'третьего', '3-м', '3-ем', 'iii', 'третьому', 'третє', 'третього', 'third', '3rd'].map(
      (w) => [w, 3],
    ),
  ),
  ...Object.fromEntries(
    [
      'четвертом',
      'четвёртом',
      'четвертое',
      'четвёртое',
      'четвертого',
      'четвёртого',
      '4-м',
      '4-ом',
      'iv',
      'четвертому',
      'четверте',
      'четвертого',
      'fourth',
      '4th',
    ].map((w) => [w, 4]),
  ),
};
const HALF_WORDS = ['полугодии', 'полугодие', 'полугодия', 'півріччі', 'півріччя', 'half'];
const QUARTER_WORDS = ['квартале', 'квартал', 'квартала', 'кварталі', 'кварталу', 'quarter'];
export const HALF_AND_QUARTER_WORDS = [...HALF_WORDS, ...QUARTER_WORDS];

/** "в первом полугодии" (Jan–Jun), "у другому півріччі 2024 року", "in the third quarter of 2023". */
const halfOrQuarter: DateRule = {
  name: 'half-or-quarter',
  firstWords: ['the', ...Object.keys(ORDINALS)],
  pattern: compile(
    `${LEFT}(?:the${SP})?(?<ord>${alternation(Object.keys(ORDINALS))})${SP}(?<unit>${alternation([...HALF_WORDS, ...QUARTER_WORDS])})${RIGHT}(?:${SP}(?:of${SP}(?:the${SP})?)?${YEAR_OR_REFERENCE})?`,
  ),
  read(groups, _match, context) {
    const ordinal = lookupIn(ORDINALS, groups.ord);
    const isHalf = HALF_WORDS.includes(normalizeKey(groups.unit ?? ''));
    if (ordinal === undefined || (isHalf && ordinal > 2)) return null;
    const stated = statedYear(groups, context.article.year);
    const year = stated?.year ?? context.article.year;
    const months = isHalf ? 6 : 3;
    const firstMonth = (ordinal - 1) * months + 1;
    return reading(
      stated?.basis ?? 'article-year',
      isoMonth(year, firstMonth),
      isoMonth(year, firstMonth + months - 1),
    );
  },
};

/** "Q1 2025", "H2 2024": business shorthand for quarters and halves; only with a year, as "Q1" alone is often a label. */
const periodCode: DateRule = {
  name: 'period-code',
  firstWords: ['q', 'h'],
  pattern: compile(`${LEFT}(?<code>[qh])(?<n>[1-4])${SP}${yearPart('year')}${RIGHT}`),
  read(groups) {
    const isHalf = (groups.code ?? '').toLowerCase() === 'h';
    const n = Number(groups.n);
    if (isHalf && n > 2) return null;
    const months = isHalf ? 6 : 3;
    const firstMonth = (n - 1) * months + 1;
    const year = Number(groups.year);
    return reading('explicit', isoMonth(year, firstMonth), isoMonth(year, firstMonth + months - 1));
  },
};

export const RELATIVE_RULES: readonly DateRule[] = [
  periodCode,
  relativePhrase,
  weekday,
  weekdayRange,
  season,
  halfOrQuarter,
];
