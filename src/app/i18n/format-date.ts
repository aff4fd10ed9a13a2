/**
 * Dates shown at the precision the source gave: "October 2025", not "1 October 2025".
 * Spans ("18–19 August 2024") use Intl's range formatting in the interface language.
 */
import { parseIsoDate, type DatePrecision } from '../../shared/dates/iso';
import type { UiLanguage } from './languages';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: UiLanguage, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${language}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

const utc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** Formats an ISO date at its own precision; returns the input unchanged when it is not a date. */
export function formatIsoDate(value: string, language: UiLanguage): string {
  const span = parseIsoDate(value);
  if (!span) return value;
  return formatter(language, span.precision).format(utc(span.first));
}

/** Formats a start and optional end; the coarser precision of the two is used for a range. */
export function formatDateSpan(start: string, end: string | undefined, language: UiLanguage): string {
  const s = parseIsoDate(start);
  if (!s) return start;
  if (end === undefined || end === start) return formatIsoDate(start, language);
  const e = parseIsoDate(end);
  if (!e) return formatIsoDate(start, language);
  const order: DatePrecision[] = ['year', 'month', 'day'];
  const precision = order[Math.min(order.indexOf(s.precision), order.indexOf(e.precision))] ?? 'day';
  return formatter(language, precision).formatRange(utc(s.first), utc(e.first));
}
