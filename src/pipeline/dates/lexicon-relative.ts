/**
 * Phrases whose date is counted from the article's own date: "вчера", "минулого тижня", "next month".
 * Keys are lower case with single spaces and straight apostrophes.
 */

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export interface RelativeStep {
  unit: RelativeUnit;
  offset: number;
  /** "earlier this week": only the part of the period up to the article's own day. */
  soFar?: boolean;
}

const day = (offset: number): RelativeStep => ({ unit: 'day', offset });
const week = (offset: number): RelativeStep => ({ unit: 'week', offset });
const weekSoFar: RelativeStep = { unit: 'week', offset: 0, soFar: true };
const month = (offset: number): RelativeStep => ({ unit: 'month', offset });
const year = (offset: number): RelativeStep => ({ unit: 'year', offset });

/** Year references that may also follow a month or a qualifier ("в марте прошлого года"). */
export const YEAR_REFERENCES: Record<string, number> = {
  'прошлого года': -1,
  'минувшего года': -1,
  'предыдущего года': -1,
  'позапрошлого года': -2,
  'этого года': 0,
  'текущего года': 0,
  'сего года': 0,
  'нынешнего года': 0,
  'следующего года': 1,
  'будущего года': 1,
  'предстоящего года': 1,
  'минулого року': -1,
  'попереднього року': -1,
  'позаминулого року': -2,
  'цього року': 0,
  'поточного року': 0,
  'нинішнього року': 0,
  'наступного року': 1,
  'last year': -1,
  'this year': 0,
  'the current year': 0,
  'next year': 1,
};

/** Month references that may follow a qualifier ("в начале этого месяца", "at the end of the month"). */
export const MONTH_REFERENCES: Record<string, number> = {
  'прошлого месяца': -1,
  'этого месяца': 0,
  'текущего месяца': 0,
  'следующего месяца': 1,
  'минулого місяця': -1,
  'цього місяця': 0,
  'поточного місяця': 0,
  'наступного місяця': 1,
  'last month': -1,
  'this month': 0,
  'next month': 1,
};

/** After a qualifier, a bare "year"/"month" word means the article's own ("в конце года"). */
export const BARE_YEAR_WORDS = ['года', 'году', 'року', 'the year'];
export const BARE_MONTH_WORDS = ['месяца', 'місяця', 'the month'];

export const RELATIVE_PHRASES: Record<string, RelativeStep> = {
  сегодня: day(0),
  вчера: day(-1),
  позавчера: day(-2),
  завтра: day(1),
  послезавтра: day(2),
  накануне: day(-1),
  сьогодні: day(0),
  вчора: day(-1),
  учора: day(-1),
  позавчора: day(-2),
  післязавтра: day(2),
  напередодні: day(-1),
  today: day(0),
  yesterday: day(-1),
  tomorrow: day(1),
  'the day before yesterday': day(-2),
  'the day after tomorrow': day(2),
  // A wire's "earlier in the day" is the day it is dated.
  'earlier in the day': day(0),
  'later in the day': day(0),
  'earlier today': day(0),
  'later today': day(0),

  'на прошлой неделе': week(-1),
  'на минувшей неделе': week(-1),
  'на этой неделе': week(0),
  'на текущей неделе': week(0),
  'на следующей неделе': week(1),
  'на будущей неделе': week(1),
  'на предстоящей неделе': week(1),
  'минулого тижня': week(-1),
  'на минулому тижні': week(-1),
  'попереднього тижня': week(-1),
  'цього тижня': week(0),
  'на цьому тижні': week(0),
  'наступного тижня': week(1),
  'на наступному тижні': week(1),
  'last week': week(-1),
  'this week': week(0),
  'earlier this week': weekSoFar,
  'earlier in the week': weekSoFar,
  'ранее на этой неделе': weekSoFar,
  'ранее на неделе': weekSoFar,
  'раніше цього тижня': weekSoFar,
  'раніше на цьому тижні': weekSoFar,
  'раніше на тижні': weekSoFar,
  'later this week': week(0),
  'next week': week(1),

  'в прошлом месяце': month(-1),
  'в минувшем месяце': month(-1),
  'в предыдущем месяце': month(-1),
  'в этом месяце': month(0),
  'в текущем месяце': month(0),
  'в следующем месяце': month(1),
  'в будущем месяце': month(1),
  'у минулому місяці': month(-1),
  'в минулому місяці': month(-1),
  'у попередньому місяці': month(-1),
  'в попередньому місяці': month(-1),
  'у цьому місяці': month(0),
  'в цьому місяці': month(0),
  'у поточному місяці': month(0),
  'в поточному місяці': month(0),
  'у наступному місяці': month(1),
  'в наступному місяці': month(1),
  'last month': month(-1),
  'this month': month(0),
  'earlier this month': month(0),
  'later this month': month(0),
  'next month': month(1),
  ...Object.fromEntries(Object.entries(MONTH_REFERENCES).map(([phrase, offset]) => [phrase, month(offset)])),

  'в прошлом году': year(-1),
  'в минувшем году': year(-1),
  'в позапрошлом году': year(-2),
  'в этом году': year(0),
  'в текущем году': year(0),
  'в нынешнем году': year(0),
  'в следующем году': year(1),
  'в будущем году': year(1),
  'в предстоящем году': year(1),
  'прошлый год': year(-1),
  'этот год': year(0),
  'текущий год': year(0),
  'у минулому році': year(-1),
  'в минулому році': year(-1),
  'у цьому році': year(0),
  'в цьому році': year(0),
  'у поточному році': year(0),
  'в поточному році': year(0),
  'у наступному році': year(1),
  'в наступному році': year(1),
  торік: year(-1),
  'минулий рік': year(-1),
  'цей рік': year(0),
  'поточний рік': year(0),
  'earlier this year': year(0),
  'later this year': year(0),
  ...Object.fromEntries(Object.entries(YEAR_REFERENCES).map(([phrase, offset]) => [phrase, year(offset)])),
};

/** Day words that also introduce a noun ("накануне визита" = on the eve of the visit): checked in context. */
export const EVE_WORDS = new Set(['накануне', 'напередодні']);

/** "год назад", "три тижні тому", "two weeks ago": counts and units, then the word that says "ago". */
export const AGO_WORDS = ['назад', 'тому', 'ago'];

export const AGO_UNITS: Record<string, RelativeStep['unit']> = {
  ...Object.fromEntries(['день', 'дня', 'дней', 'дні', 'днів', 'day', 'days'].map((w) => [w, 'day'])),
  ...Object.fromEntries(
    ['неделю', 'недели', 'недель', 'тиждень', 'тижні', 'тижнів', 'week', 'weeks'].map((w) => [w, 'week']),
  ),
  ...Object.fromEntries(
    ['месяц', 'месяца', 'месяцев', 'місяць', 'місяці', 'місяців', 'month', 'months'].map((w) => [w, 'month']),
  ),
  ...Object.fromEntries(['год', 'года', 'лет', 'рік', 'роки', 'років', 'year', 'years'].map((w) => [w, 'year'])),
};

/** Unit words that mean "one" by themselves ("год назад"); others need a count («несколько лет назад» gives none). */
export const AGO_SINGULAR = new Set([
  'день',
  'неделю',
  'месяц',
  'год',
  'тиждень',
  'місяць',
  'рік',
  'day',
  'week',
  'month',
  'year',
]);

export const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(['один', 'одну', 'a', 'an', 'one'].map((w) => [w, 1])),
  ...Object.fromEntries(['два', 'две', 'дві', 'two'].map((w) => [w, 2])),
  ...Object.fromEntries(['три', 'three'].map((w) => [w, 3])),
  ...Object.fromEntries(['четыре', 'чотири', 'four'].map((w) => [w, 4])),
  ...Object.fromEntries(['пять', "п'ять", 'five'].map((w) => [w, 5])),
  ...Object.fromEntries(['шесть', 'шість', 'six'].map((w) => [w, 6])),
  ...Object.fromEntries(['семь', 'сім', 'seven'].map((w) => [w, 7])),
  ...Object.fromEntries(['восемь', 'вісім', 'eight'].map((w) => [w, 8])),
  ...Object.fromEntries(['девять', "дев'ять", 'nine'].map((w) => [w, 9])),
  ...Object.fromEntries(['десять', 'ten'].map((w) => [w, 10])),
};
