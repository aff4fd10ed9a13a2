import { monthFirstDay, monthLastDay, toEpochDay, type EpochDay } from './calendar';

/** The article's publication date, at the precision its metadata states. */
export interface ArticleDate {
  precision: 'year' | 'month' | 'day';
  year: number;
  month?: number;
  day?: number;
  /** The span of days the publication date covers (one day, a month or a year). */
  first: EpochDay;
  last: EpochDay;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the value is none of these. */
export function parseArticleDate(published: string): ArticleDate | null {
  const match = ISO_PARTIAL.exec(published.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1) return null;
  if (match[2] === undefined) {
    return { precision: 'year', year, first: toEpochDay(year, 1, 1), last: toEpochDay(year, 12, 31) };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return { precision: 'month', year, month, first: monthFirstDay(year, month), last: monthLastDay(year, month) };
  }
  const day = Number(match[3]);
  const epochDay = toEpochDay(year, month, day);
  if (day < 1 || epochDay > monthLastDay(year, month)) return null;
  return { precision: 'day', year, month, day, first: epochDay, last: epochDay };
}
