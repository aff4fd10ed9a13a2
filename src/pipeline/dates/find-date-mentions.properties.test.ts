/** Properties that hold for any text and any valid article date. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isOrderedPair } from '../../shared/dates/iso';
import { daysInMonth } from './calendar';
import { findDateMentions } from './find-date-mentions';
import type { DateMention } from './types';

/** Fragments that exercise the grammar, mixed with random text. */
const FRAGMENTS = [
  '20 лютого',
  'З 19 по 20',
  'марта',
  'в начале',
  'июля',
  '18–19 августа',
  'в пятницу',
  ', ',
  '2025',
  'года',
  'року',
  'г.',
  'с понедельника',
  'по среду',
  'минулого тижня',
  'last week',
  'March',
  '3',
  '31',
  '02.03.2025',
  'in late',
  'mid-',
  'летом',
  'в первом полугодии',
  'накануне',
  'прошлого года',
  '-',
  '–',
  ' ',
  '\n',
  '29 февраля',
  'Feb.',
  '2020-2022 годов',
  'on Monday',
  'Q',
  '1',
  '0',
  'у',
  'в',
  'the end of',
  'year',
  '13%',
  '15:29',
  'İ',
  'Q1',
];

const articleDate = fc
  .record({
    year: fc.integer({ min: 1800, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const y = String(year);
    const m = String(month).padStart(2, '0');
    const d = String(Math.min(day, daysInMonth(year, month))).padStart(2, '0');
    return precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
  });

const text = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(' '));

function checkMention(input: string, mention: DateMention): void {
  expect(input.slice(mention.start, mention.end)).toBe(mention.text);
  expect(mention.end).toBeGreaterThan(mention.start);
  expect(isIsoDate(mention.date.start)).toBe(true);
  if (mention.date.end !== undefined) {
    expect(isIsoDate(mention.date.end)).toBe(true);
    expect(isOrderedPair(mention.date.start, mention.date.end)).toBe(true);
  }
}

describe('findDateMentions properties', () => {
  it('never throws, slices exactly, gives valid ordered ISO dates and no overlaps', () => {
    fc.assert(
      fc.property(text, articleDate, fc.constantFrom('past', 'future', undefined), (input, published, tense) => {
        const mentions = findDateMentions(input, { language: 'ru', published, tense });
        mentions.forEach((mention) => checkMention(input, mention));
        for (let i = 1; i < mentions.length; i += 1)
          expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives nothing, rather than failing, when the article date is unreadable', () => {
    expect(findDateMentions('3 марта 2025 года', { language: 'ru', published: 'March 2025' })).toEqual([]);
  });

  it('reads a megabyte of mixed text', () => {
    // No timing assertion: this guards against a pattern that never finishes on large input.
    const chunk = 'В начале июля 2024 года, 18–19 августа и в пятницу, 16 августа; 11 граждан, 13%, 15:29. ';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const mentions = findDateMentions(big, { language: 'ru', published: '2024-08-17' });
    expect(mentions.length).toBe(3 * Math.ceil(1_000_000 / chunk.length));
    checkMention(big, mentions.at(-1)!);
    // A generous runner limit: a loaded CI machine must not fail this; a runaway pattern still would.
  }, 60_000);
});
