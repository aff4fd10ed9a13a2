/** Rules for dates counted from the article: "вчера", "минулого тижня", "в пятницу", "летом". */
import { AGO_SINGULAR, AGO_UNITS, AGO_WORDS, COUNT_WORDS, EVE_WORDS, RELATIVE_PHRASES } from './lexicon-relative';
import { DEICTIC_ADJECTIVES, SEASON_FORMS, WEEKDAY_FORMS } from './lexicon-words';
import { deicticOffset, lookupIn, seasonOf, weekdayOfWord } from './lookup';
import { alternation, compile, DASH, DIGITS, LEFT, normalizeKey, RIGHT, SP } from './pattern-parts';
import { readRelativeStep, readSeason, readWeekdays } from './resolve-relative';
import { isAcceptableMonthWord, type DateRule, type MatchGroups } from './rule';
import { statedYear, YEAR_OR_REFERENCE } from './fragments';

const SEASON_PREPOSITIONS = [
  'на',
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

/**
 * "накануне" is "yesterday" only when no noun follows: "накануне провёл", "накануне, 20 мая",
 * and so it is before a subject («Накануне глава государства …», «Напередодні Президент …», «накануне также»),
 * but "накануне визита" is "on the eve of the visit", tied to an event, not to the article.
 */
const EVE_AS_DAY =
  /^(?:[\s\u00a0]*(?:[^\p{L}\p{N}\s]|$)|[\s\u00a0]+(?:\p{Lu}|(?:в|во|на|с|у|по|вечером|утром|днем|днём|ввечері|вранці|вдень)(?![\p{L}])|\p{L}*(?:л|ла|ли|ло|лся|лась|лись|лось|лася|лися|лося|в|вся)(?![\p{L}])|(?:также|тоже|же|також|теж|он|она|они|він|вона|вони|глава|главы|президент|премьер\p{L}*|прем'єр\p{L}*|министр\p{L}*|міністр\p{L}*|делегаци\p{L}*|делегаці\p{L}*|стороны|сторони|лидеры|лідери|посол|канцлер|генсек\p{L}*|премьер-министр|прем'єр-міністр)(?![\p{L}'-])))/u;

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

/** Holidays and newspaper titles: "Good Friday", "the Sunday Times". */
const HOLIDAY_BEFORE = /(?:Good|Black|Cyber|Holy|Easter|Palm|Ash|Bloody)\s$/u;
const TITLE_AFTER = /^\s(?:Times|Telegraph|Mail|Post|Express|Herald|Night|Morning)(?![\p{L}])/u;

/** "в пятницу", "у вівторок", "on Monday", "met Monday", "last Friday", "в прошлую среду". */
const weekday: DateRule = {
  name: 'weekday',
  firstWords: [...Object.keys(DEICTIC_ADJECTIVES), 'в', 'во', 'у', 'on', ...ENGLISH_WEEKDAYS],
  pattern: compile(`${LEFT}(?:(?:(?<deictic>${DEICTIC})|(?<on>в|во|у|on))${SP})?(?<wd>${WEEKDAY})`),
  read(groups, match, context) {
    const day = weekdayOfWord(groups.wd);
    const word = groups.wd ?? '';
    if (day === undefined || !isAcceptableMonthWord(word)) return null;
    // Wires write "met Monday"; a Cyrillic weekday alone («среда» = "environment") needs its preposition.
    if (groups.deictic === undefined && groups.on === undefined) {
      if (!/^[A-Z]/.test(word)) return null;
      const end = match.index + match[0].length;
      const before = context.text.slice(Math.max(0, match.index - 8), match.index);
      if (HOLIDAY_BEFORE.test(before) || TITLE_AFTER.test(context.text.slice(end, end + 12))) return null;
    }
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

/** "год назад", "три тижні тому", "two weeks ago": counted back from the article. */
const ago: DateRule = {
  name: 'ago',
  firstWords: [...Object.keys(COUNT_WORDS), ...Object.keys(AGO_UNITS), ...DIGITS],
  pattern: compile(
    `${LEFT}(?:(?<count>\\d{1,2}|${alternation(Object.keys(COUNT_WORDS))})${SP})?(?<unit>${alternation(Object.keys(AGO_UNITS))})${SP}${alternation(AGO_WORDS)}${RIGHT}`,
  ),
  read(groups, _match, context) {
    const unit = lookupIn(AGO_UNITS, groups.unit);
    if (groups.count === undefined && !AGO_SINGULAR.has(normalizeKey(groups.unit ?? ''))) return null;
    const count = groups.count === undefined ? 1 : (lookupIn(COUNT_WORDS, groups.count) ?? Number(groups.count));
    if (unit === undefined || !(count >= 1)) return null;
    return readRelativeStep({ unit, offset: -count }, context.article);
  },
};

export const RELATIVE_RULES: readonly DateRule[] = [ago, relativePhrase, weekday, weekdayRange, season];
