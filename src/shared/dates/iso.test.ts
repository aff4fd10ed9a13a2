import { describe, expect, it } from 'vitest';
import { daysInMonth, isOrderedPair, overlapsRange, parseIsoDate } from './iso';

describe('parseIsoDate', () => {
  it('reads each precision as the span it covers', () => {
    expect(parseIsoDate('2025')).toEqual({ precision: 'year', first: '2025-01-01', last: '2025-12-31' });
    expect(parseIsoDate('2024-02')).toEqual({ precision: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(parseIsoDate('2025-02-20')).toEqual({ precision: 'day', first: '2025-02-20', last: '2025-02-20' });
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2025-13-45', '2025-02-29', '2025-00', '25-01-01', '2025-1-1', '', 'soon', '2025-02-20T10:00']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });
});

describe('overlapsRange', () => {
  it('keeps a month-precision date when the range touches any day of that month', () => {
    expect(overlapsRange('2025-10', undefined, { from: '2025-10-31' })).toBe(true);
    expect(overlapsRange('2025-10', undefined, { to: '2025-10-01' })).toBe(true);
    expect(overlapsRange('2025-10', undefined, { from: '2025-11-01' })).toBe(false);
  });

  it('treats a multi-day meeting as its whole span and open ends as unbounded', () => {
    expect(overlapsRange('2025-02-19', '2025-02-20', { from: '2025-02-20', to: '2025-02-20' })).toBe(true);
    expect(overlapsRange('2021-04', undefined, { from: '2021-01-01', to: '2021-12-31' })).toBe(true);
    expect(overlapsRange('2025-03-03', undefined, { from: '2021-01-01', to: '2021-12-31' })).toBe(false);
    expect(overlapsRange('1999', undefined, {})).toBe(true);
  });
});

describe('isOrderedPair', () => {
  it('accepts an end on or after the start and refuses one before it', () => {
    expect(isOrderedPair('2025-02-19', '2025-02-20')).toBe(true);
    expect(isOrderedPair('2025-02', '2025-02-01')).toBe(true);
    expect(isOrderedPair('2025-02-20', '2025-02-19')).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap years', () => {
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect([1, 4, 12].map((month) => daysInMonth(2025, month))).toEqual([31, 30, 31]);
  });
});
