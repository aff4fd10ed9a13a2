/** Russian date phrases. 2025-03-05 is a Wednesday. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import { describeMentions, onlyMention } from './test-helpers';
import type { DateOptions } from './types';

const wednesday: DateOptions = { language: 'ru', published: '2025-03-05' };
const dateOf = (text: string, options: DateOptions = wednesday) => onlyMention(text, options).date;

const MONTHS: [number, string, string, string][] = [
  [1, 'января', 'январе', 'январь'],
  [2, 'февраля', 'феврале', 'февраль'],
  [3, 'марта', 'марте', 'март'],
  [4, 'апреля', 'апреле', 'апрель'],
  [5, 'мая', 'мае', 'май'],
  [6, 'июня', 'июне', 'июнь'],
  [7, 'июля', 'июле', 'июль'],
  [8, 'августа', 'августе', 'август'],
  [9, 'сентября', 'сентябре', 'сентябрь'],
  [10, 'октября', 'октябре', 'октябрь'],
  [11, 'ноября', 'ноябре', 'ноябрь'],
  [12, 'декабря', 'декабре', 'декабрь'],
];

describe('Russian month names', () => {
  it.each(MONTHS)(
    'month %i in the genitive, prepositional and nominative',
    (month, genitive, prepositional, nominative) => {
      const mm = String(month).padStart(2, '0');
      expect(dateOf(`встреча 12 ${genitive} 2023 года`)).toEqual({ start: `2023-${mm}-12` });
      expect(dateOf(`Визит состоялся в ${prepositional} 2023 года`)).toEqual({ start: `2023-${mm}` });
      expect(dateOf(`${nominative} 2023`)).toEqual({ start: `2023-${mm}` });
    },
  );
});

describe('Russian relative dates', () => {
  it('reads today, yesterday and «накануне» as days before the article', () => {
    expect(dateOf('Сегодня министр')).toEqual({ start: '2025-03-05' });
    expect(dateOf('вчера министр')).toEqual({ start: '2025-03-04' });
    expect(onlyMention('Министры накануне провели переговоры', wednesday)).toMatchObject({
      text: 'накануне',
      date: { start: '2025-03-04' },
      basis: 'relative',
    });
  });

  it('does not read «накануне визита» (on the eve of an event) as yesterday', () => {
    expect(findDateMentions('накануне визита президента', wednesday)).toEqual([]);
  });

  it('reads «на прошлой неделе» as the days of the week before', () => {
    expect(dateOf('на прошлой неделе')).toEqual({ start: '2025-02-24', end: '2025-03-02' });
  });

  it('keeps day and week words at the month of a month-precision article', () => {
    const october: DateOptions = { language: 'ru', published: '2025-10' };
    expect(dateOf('вчера', october)).toEqual({ start: '2025-10' });
    expect(dateOf('на прошлой неделе', october)).toEqual({ start: '2025-10' });
    expect(dateOf('в прошлом месяце', october)).toEqual({ start: '2025-09' });
  });

  it('reads this year, next month and the end of the year', () => {
    expect(onlyMention('в этом году', wednesday)).toMatchObject({ date: { start: '2025' }, basis: 'relative' });
    expect(dateOf('в следующем месяце')).toEqual({ start: '2025-04' });
    expect(onlyMention('в конце года', wednesday)).toMatchObject({ date: { start: '2025' }, qualifier: 'late' });
    expect(onlyMention('в конце прошлого года', wednesday)).toMatchObject({
      date: { start: '2024' },
      qualifier: 'late',
    });
  });

  it('reads halves and quarters of a year', () => {
    expect(dateOf('в первом полугодии')).toEqual({ start: '2025-01', end: '2025-06' });
    expect(dateOf('во втором полугодии 2024 года')).toEqual({ start: '2024-07', end: '2024-12' });
    expect(dateOf('в I квартале')).toEqual({ start: '2025-01', end: '2025-03' });
    expect(dateOf('во второй половине 2024 года')).toEqual({ start: '2024-07', end: '2024-12' });
    expect(onlyMention('в первой половине апреля', wednesday)).toMatchObject({
      date: { start: '2025-04' },
      qualifier: 'early',
    });
    expect(dateOf('в 2024–2025 годах')).toEqual({ start: '2024', end: '2025' });
  });

  it('reads seasons', () => {
    expect(dateOf('зимой', { language: 'ru', published: '2025-01-15' })).toEqual({ start: '2024-12', end: '2025-02' });
    expect(dateOf('прошлым летом')).toEqual({ start: '2024-06', end: '2024-08' });
    expect(dateOf('осенью 2024 года')).toEqual({ start: '2024-09', end: '2024-11' });
  });
});

describe('Russian stated dates', () => {
  it('reads «2 марта 2025 г.», numeric «02.03.2025» and ordinal «3-го марта»', () => {
    expect(onlyMention('2 марта 2025 г. в Баку', wednesday)).toMatchObject({
      text: '2 марта 2025 г.',
      date: { start: '2025-03-02' },
      basis: 'explicit',
    });
    expect(dateOf('от 02.03.2025')).toEqual({ start: '2025-03-02' });
    expect(dateOf('3-го марта')).toEqual({ start: '2025-03-03' });
  });

  it('takes a year written after a range across the new year as the year it ends in', () => {
    expect(dateOf('30 декабря – 2 января 2025 года')).toEqual({ start: '2024-12-30', end: '2025-01-02' });
    expect(dateOf('в декабре–январе 2025 года')).toEqual({ start: '2024-12', end: '2025-01' });
  });

  it('reads a range across the new year', () => {
    expect(dateOf('30 декабря – 2 января', { language: 'ru', published: '2025-01-10' })).toEqual({
      start: '2024-12-30',
      end: '2025-01-02',
    });
  });

  it('never outputs a day that does not exist; the stated month survives', () => {
    expect(findDateMentions('31.02.2025', wednesday)).toEqual([]);
    expect(describeMentions('30 февраля 2024 года', wednesday)).toEqual(['февраля 2024 года → 2024-02']);
  });

  it('reads a year range with «с … по»', () => {
    expect(dateOf('с 2020 по 2022 год')).toEqual({ start: '2020', end: '2022' });
  });
});

describe('year inference by tense', () => {
  const published = '2025-03-03';
  it('past: the latest such date not after the article, with two days for time zones', () => {
    expect(dateOf('5 марта', { language: 'ru', published, tense: 'past' })).toEqual({ start: '2025-03-05' });
    expect(dateOf('10 марта', { language: 'ru', published, tense: 'past' })).toEqual({ start: '2024-03-10' });
  });

  it('future: the earliest such date not before the article', () => {
    expect(dateOf('1 марта', { language: 'ru', published, tense: 'future' })).toEqual({ start: '2025-03-01' });
    expect(dateOf('25 февраля', { language: 'ru', published, tense: 'future' })).toEqual({ start: '2026-02-25' });
  });

  it('no tense: the nearest', () => {
    expect(dateOf('25 декабря', { language: 'ru', published: '2025-01-10' })).toEqual({ start: '2024-12-25' });
    expect(dateOf('в декабре', { language: 'ru', published: '2025-01-10' })).toEqual({ start: '2024-12' });
  });
});

describe('Russian weekdays', () => {
  it('past leans back, future ahead, otherwise the nearest', () => {
    expect(dateOf('в понедельник', { ...wednesday, tense: 'past' })).toEqual({ start: '2025-03-03' });
    expect(dateOf('в понедельник', { ...wednesday, tense: 'future' })).toEqual({ start: '2025-03-10' });
    expect(dateOf('в пятницу')).toEqual({ start: '2025-03-07' });
    expect(dateOf('в прошлую пятницу')).toEqual({ start: '2025-02-28' });
  });

  it('joins a date and the weekday after it', () => {
    expect(describeMentions('16 августа, в пятницу, прибыл', { language: 'ru', published: '2024-08-17' })).toEqual([
      '16 августа, в пятницу → 2024-08-16',
    ]);
  });
});
