/** Comparing a graph meeting's date with a gold date: overlap for matching, equality for correctness. */
import { spanOf } from '../../shared/dates/iso';
import type { GoldDate } from './gold';

export interface DateValue {
  start: string;
  end?: string | undefined;
}

/** An end equal to the start says nothing more, so both spellings compare equal. */
function normalize(date: DateValue): string {
  return date.end === undefined || date.end === date.start ? date.start : `${date.start}/${date.end}`;
}

/** Same start and end at the same precision. */
export function sameDate(a: DateValue, b: DateValue): boolean {
  return normalize(a) === normalize(b);
}

export function datesOverlap(a: DateValue, b: DateValue): boolean {
  const x = spanOf(a.start, a.end);
  const y = spanOf(b.start, b.end);
  if (!x || !y) return false;
  return x.first <= y.last && y.first <= x.last;
}

/** The gold date and the other readings it accepts. */
export function goldReadings(date: GoldDate | undefined, accepted: readonly GoldDate[]): GoldDate[] {
  return date === undefined ? [] : [date, ...accepted];
}

/** A pipeline date is compatible with gold when either side has none or some reading overlaps it. */
export function compatibleDates(graphDate: DateValue | undefined, readings: readonly GoldDate[]): boolean {
  if (graphDate === undefined || readings.length === 0) return true;
  return readings.some((reading) => datesOverlap(graphDate, reading));
}

export function rightDate(graphDate: DateValue | undefined, readings: readonly GoldDate[]): boolean {
  return graphDate !== undefined && readings.some((reading) => sameDate(graphDate, reading));
}
