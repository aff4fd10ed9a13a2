/**
 * Days as integers (0 = 2001-01-01) and the date words of each language.
 * A corpus spans 25 years, 2001–2025.
 */
const EPOCH = Date.UTC(2001, 0, 1);
const DAY_MS = 86_400_000;

export const FIRST_DAY = 0;
export const LAST_DAY = Math.round((Date.UTC(2025, 11, 31) - EPOCH) / DAY_MS);

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function dateOf(dayNumber: number): CalendarDate {
  const date = new Date(EPOCH + dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(dayNumber: number): string {
  const { year, month, day } = dateOf(dayNumber);
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(dayNumber: number): string {
  const { year, month } = dateOf(dayNumber);
  return `${year}-${pad(month)}`;
}

export const MONTHS = {
  ru: {
    gen: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
    loc: 'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'.split(' '),
  },
  uk: {
    gen: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' '),
    loc: 'січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні'.split(' '),
  },
  en: 'January February March April May June July August September October November December'.split(' '),
};

export type Language = 'ru' | 'uk' | 'en';

/** "22 мая 2024 года", "22 травня 2024 року", "22 May 2024"; without the year when it is the article's. */
export function dayPhrase(language: Language, dayNumber: number, withYear: boolean): string {
  const { year, month, day } = dateOf(dayNumber);
  if (language === 'en') return withYear ? `${day} ${MONTHS.en[month - 1]} ${year}` : `${day} ${MONTHS.en[month - 1]}`;
  const name = MONTHS[language].gen[month - 1];
  if (!withYear) return `${day} ${name}`;
  return language === 'ru' ? `${day} ${name} ${year} года` : `${day} ${name} ${year} року`;
}

/** "в апреле 2021 года", "у квітні 2021 року", "in April 2021". */
export function monthPhrase(language: Language, dayNumber: number): string {
  const { year, month } = dateOf(dayNumber);
  if (language === 'en') return `in ${MONTHS.en[month - 1]} ${year}`;
  if (language === 'ru') return `в ${MONTHS.ru.loc[month - 1]} ${year} года`;
  return `у ${MONTHS.uk.loc[month - 1]} ${year} року`;
}
