/**
 * Dates at the precision a source states them: "2025", "2025-10" or "2025-10-09".
 * A date of lower precision covers its whole span, so comparisons work on spans.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  precision: DatePrecision;
  /** First day covered, YYYY-MM-DD. */
  first: string;
  /** Last day covered, YYYY-MM-DD. */
  last: string;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/**
 * Parses an ISO 8601 date at year, month or day precision; null when it is not one. It runs for
 * every meeting when the app loads, so it builds no Date objects and reuses the digits matched.
 */
export function parseIsoDate(value: string): DateSpan | null {
  const match = ISO_PARTIAL.exec(value);
  if (!match) return null;
  const y = match[1]!;
  const year = Number(y);
  if (year < 1) return null;
  const mm = match[2];
  if (mm === undefined) {
    return { precision: 'year', first: `${y}-01-01`, last: `${y}-12-31` };
  }
  const month = Number(mm);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  const dd = match[3];
  if (dd === undefined) {
    return { precision: 'month', first: `${y}-${mm}-01`, last: `${y}-${mm}-${lastDay}` };
  }
  const day = Number(dd);
  if (day < 1 || day > lastDay) return null;
  return { precision: 'day', first: value, last: value };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** An inclusive range; either end may be open. Values are ISO dates at any precision. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** The span covered by a start and optional end date (each at its own precision). */
export function spanOf(start: string, end?: string): { first: string; last: string } | null {
  const s = parseIsoDate(start);
  if (!s) return null;
  if (end === undefined) return { first: s.first, last: s.last };
  const e = parseIsoDate(end);
  if (!e) return null;
  return { first: s.first, last: e.last };
}

/** True when the span of [start, end] overlaps the range; a range end of lower precision covers its span. */
export function overlapsRange(start: string, end: string | undefined, range: DateRange): boolean {
  const span = spanOf(start, end);
  if (!span) return false;
  if (range.from !== undefined) {
    const from = parseIsoDate(range.from);
    if (from && span.last < from.first) return false;
  }
  if (range.to !== undefined) {
    const to = parseIsoDate(range.to);
    if (to && span.first > to.last) return false;
  }
  return true;
}

/** True when `end` does not come before `start` (comparing the spans they cover). */
export function isOrderedPair(start: string, end: string): boolean {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  return s !== null && e !== null && e.last >= s.first;
}

/**
 * A YYYY-MM-DD day as an integer that sorts as the string does (months and days are below 13
 * and 32, so the packing keeps their order); the open ends '0000-00-00' and '9999-99-99' too.
 */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return (year * 100 + month) * 100 + date;
}
