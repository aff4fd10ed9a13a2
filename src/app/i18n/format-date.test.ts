import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatIsoDate } from './format-date';

describe('formatIsoDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatIsoDate('2025-10', 'en')).toBe('October 2025');
    expect(formatIsoDate('2025', 'en')).toBe('2025');
    expect(formatIsoDate('2025-10-09', 'en')).toBe('October 9, 2025');
  });
  it('formats in the interface language', () => {
    expect(formatIsoDate('2025-02-20', 'uk')).toMatch(/20 лютого 2025/);
    expect(formatIsoDate('2025-10', 'ru')).toMatch(/октябр/i);
  });
  it('returns what it cannot read', () => {
    expect(formatIsoDate('sometime', 'en')).toBe('sometime');
  });
});

describe('formatDateSpan', () => {
  it('formats a span of days as one range', () => {
    expect(formatDateSpan('2024-08-18', '2024-08-19', 'en')).toMatch(/^August 18\s*–\s*19, 2024$/);
  });
  it('is one date when there is no end', () => {
    expect(formatDateSpan('2021-04', undefined, 'en')).toBe('April 2021');
  });
});
