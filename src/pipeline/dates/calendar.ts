/**
 * Calendar arithmetic on whole days, counted from 1970-01-01 (UTC), so that date maths never
 * meets time zones or daylight saving.
 */

export type EpochDay = number;

const MS_PER_DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toEpochDay(year: number, month: number, day: number): EpochDay {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function fromEpochDay(epochDay: EpochDay): CalendarDay {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Monday = 0 … Sunday = 6, as the ISO week counts. */
export function weekdayOf(epochDay: EpochDay): number {
  // 1970-01-01 was a Thursday (3).
  return (((epochDay + 3) % 7) + 7) % 7;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoDay(epochDay: EpochDay): string {
  const { year, month, day } = fromEpochDay(epochDay);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The month `offset` months away from year/month (offset may be negative). */
export function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthFirstDay(year: number, month: number): EpochDay {
  return toEpochDay(year, month, 1);
}

export function monthLastDay(year: number, month: number): EpochDay {
  return toEpochDay(year, month, daysInMonth(year, month));
}
