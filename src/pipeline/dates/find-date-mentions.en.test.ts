/** English date phrases. 2025-03-05 is a Wednesday. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import { describeMentions, onlyMention } from './test-helpers';
import type { DateOptions } from './types';

const wednesday: DateOptions = { language: 'en', published: '2025-03-05' };
const dateOf = (text: string, options: DateOptions = wednesday) => onlyMention(text, options).date;

describe('English stated dates', () => {
  it('reads day-month and month-day forms', () => {
    expect(onlyMention('They met on 3 March in Baku', wednesday)).toMatchObject({
      text: '3 March',
      date: { start: '2025-03-03' },
    });
    expect(dateOf('March 3, 2025')).toEqual({ start: '2025-03-03' });
    expect(dateOf('Feb. 20')).toEqual({ start: '2025-02-20' });
    expect(dateOf('the 3rd of March')).toEqual({ start: '2025-03-03' });
  });

  it('reads day ranges', () => {
    expect(dateOf('3-4 March')).toEqual({ start: '2025-03-03', end: '2025-03-04' });
    expect(dateOf('from 19 to 20 February')).toEqual({ start: '2025-02-19', end: '2025-02-20' });
    expect(dateOf('February 20–21, 2024')).toEqual({ start: '2024-02-20', end: '2024-02-21' });
    expect(dateOf('Sept. 30 – Oct. 2', { ...wednesday, tense: 'past' })).toEqual({
      start: '2024-09-30',
      end: '2024-10-02',
    });
  });

  it('reads months and years', () => {
    expect(dateOf('in April 2021')).toEqual({ start: '2021-04' });
    expect(onlyMention('in late 2024', wednesday)).toMatchObject({ date: { start: '2024' }, qualifier: 'late' });
    expect(onlyMention('early July', { ...wednesday, tense: 'past' })).toMatchObject({
      date: { start: '2024-07' },
      qualifier: 'early',
    });
    expect(onlyMention('mid-July 2024', wednesday)).toMatchObject({ date: { start: '2024-07' }, qualifier: 'mid' });
    expect(onlyMention('at the end of March', wednesday)).toMatchObject({
      date: { start: '2025-03' },
      qualifier: 'late',
    });
    expect(dateOf('since 2019')).toEqual({ start: '2019' });
    expect(dateOf('in the first half of 2024')).toEqual({ start: '2024-01', end: '2024-06' });
    expect(dateOf('Q1 2025')).toEqual({ start: '2025-01', end: '2025-03' });
    expect(dateOf('in the second half of the year')).toEqual({ start: '2025-07', end: '2025-12' });
    expect(dateOf('last October')).toEqual({ start: '2024-10' });
    expect(dateOf('next March')).toEqual({ start: '2026-03' });
    expect(dateOf('H2 2024')).toEqual({ start: '2024-07', end: '2024-12' });
  });
});

describe('English relative dates', () => {
  it('reads days, weeks and months counted from the article', () => {
    expect(dateOf('yesterday')).toEqual({ start: '2025-03-04' });
    expect(dateOf('last week')).toEqual({ start: '2025-02-24', end: '2025-03-02' });
    expect(dateOf('next month')).toEqual({ start: '2025-04' });
    expect(dateOf('last summer')).toEqual({ start: '2024-06', end: '2024-08' });
  });

  it('reads weekdays, with or without "on"', () => {
    expect(onlyMention('on Monday', wednesday)).toMatchObject({ date: { start: '2025-03-03' }, basis: 'weekday' });
    expect(dateOf('The ministers met Monday in Baku')).toEqual({ start: '2025-03-03' });
    expect(dateOf('from Monday to Wednesday')).toEqual({ start: '2025-03-03', end: '2025-03-05' });
    expect(describeMentions('on Monday, March 3, the talks', wednesday)).toEqual(['on Monday, March 3 → 2025-03-03']);
  });

  it('keeps "last week" at the month of a month-precision article', () => {
    expect(dateOf('last week', { language: 'en', published: '2025-10' })).toEqual({ start: '2025-10' });
  });
});

describe('English words that are not dates', () => {
  it('ignores may, march and fall as ordinary words', () => {
    expect(
      findDateMentions('Prices may 5 times rise; they march on; in the fall of the government', wednesday),
    ).toEqual([]);
  });

  it('ignores a quarter code without a year', () => {
    expect(findDateMentions('Q1 results', wednesday)).toEqual([]);
  });

  it('ignores amounts and decades', () => {
    expect(findDateMentions('for 2025 people in the 1990s', wednesday)).toEqual([]);
  });
});
