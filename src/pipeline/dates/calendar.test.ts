import { describe, expect, it } from 'vitest';
import { parseArticleDate } from './article-date';
import { fromEpochDay, isoDay, shiftMonth, toEpochDay, weekdayOf } from './calendar';
import { inferYear } from './resolve-year';

describe('calendar', () => {
  it('round-trips days, including leap days and early years', () => {
    for (const [y, m, d] of [
      [2024, 2, 29],
      [1970, 1, 1],
      [1800, 12, 31],
      [2100, 3, 1],
      [99, 6, 15],
    ] as const) {
      expect(fromEpochDay(toEpochDay(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
  });

  it('counts weekdays from Monday = 0', () => {
    expect(weekdayOf(toEpochDay(2025, 3, 3))).toBe(0);
    expect(weekdayOf(toEpochDay(2024, 8, 16))).toBe(4);
    expect(weekdayOf(toEpochDay(1969, 12, 28))).toBe(6);
  });

  it('shifts months across years', () => {
    expect(shiftMonth(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(shiftMonth(2025, 12, 1)).toEqual({ year: 2026, month: 1 });
    expect(shiftMonth(2025, 3, -15)).toEqual({ year: 2023, month: 12 });
  });

  it('formats ISO days', () => {
    expect(isoDay(toEpochDay(2025, 3, 3))).toBe('2025-03-03');
  });
});

describe('parseArticleDate', () => {
  it('keeps the precision it is given', () => {
    expect(parseArticleDate('2025')).toMatchObject({ precision: 'year', year: 2025 });
    expect(parseArticleDate('2025-10')).toMatchObject({ precision: 'month', year: 2025, month: 10 });
    expect(parseArticleDate('2025-10-09')).toMatchObject({ precision: 'day', day: 9 });
  });

  it('refuses what is not a date', () => {
    for (const value of ['2025-13', '2025-02-30', 'March 2025', '', '0000']) expect(parseArticleDate(value)).toBeNull();
  });
});

describe('inferYear', () => {
  const article = parseArticleDate('2025-03-03')!;
  const march10 = (year: number) => ({ first: toEpochDay(year, 3, 10), last: toEpochDay(year, 3, 10) });
  const feb29 = (year: number) =>
    year % 4 === 0 ? { first: toEpochDay(year, 2, 29), last: toEpochDay(year, 2, 29) } : null;

  it('leans back for past, ahead for future, else takes the nearest', () => {
    expect(inferYear(march10, article, 'past')).toBe(2024);
    expect(inferYear(march10, article, 'future')).toBe(2025);
    expect(inferYear(march10, article, undefined)).toBe(2025);
  });

  it('skips years in which the day does not exist', () => {
    expect(inferYear(feb29, article, undefined)).toBe(2024);
    expect(inferYear(feb29, parseArticleDate('2022-06-01')!, undefined)).toBeNull();
  });
});
