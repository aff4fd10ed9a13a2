/** Dates that depend on their context: a year word after a day, "the same day", appositions. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import { describeMentions } from './test-helpers';
import type { DateOptions } from './types';

const may15: DateOptions = { language: 'uk', published: '2025-05-15' };

describe('dates that lean on their context', () => {
  it('reads a year reference after a day: «27-28 февраля текущего года», "March 3 last year"', () => {
    const options: DateOptions = { language: 'ru', published: '2025-03-05' };
    expect(describeMentions('27-28 февраля текущего года', options)).toEqual([
      '27-28 февраля текущего года → 2025-02-27..2025-02-28',
    ]);
    expect(describeMentions('March 3 last year', { ...options, language: 'en' })).toEqual([
      'March 3 last year → 2024-03-03',
    ]);
  });

  it('leaves «Того ж дня» to the caller: it points at another date of the text', () => {
    const text = '14 травня в Таллінні відбулися консультації. Того ж дня Міщенко зустрівся з радником.';
    expect(describeMentions(text, may15)).toEqual(['14 травня → 2025-05-14']);
  });

  it('dates "Earlier in the day" by the article', () => {
    expect(
      describeMentions('Earlier in the day, Szijjártó held talks', { language: 'en', published: '2025-03-20' }),
    ).toEqual(['Earlier in the day → 2025-03-20']);
  });

  it('keeps phrases of different grains apart', () => {
    expect(describeMentions('минулого року, на початку липня', { ...may15, tense: 'past' })).toEqual([
      'минулого року → 2024',
      'на початку липня → 2024-07 (early)',
    ]);
  });

  it('takes the parenthesis of «в понедельник (3 марта)» whole', () => {
    expect(describeMentions('в понедельник (3 марта) в Баку', { language: 'ru', published: '2025-03-05' })).toEqual([
      'в понедельник (3 марта) → 2025-03-03',
    ]);
  });

  it('keeps offsets exact after characters whose lower case is longer (İ)', () => {
    const text = 'İstanbul, 3 марта İİİ 5 мая';
    const mentions = findDateMentions(text, { language: 'ru', published: '2025-03-05' });
    expect(mentions.map((m) => [m.text, text.slice(m.start, m.end)])).toEqual([
      ['3 марта', '3 марта'],
      ['5 мая', '5 мая'],
    ]);
  });

  it('counts back "год назад", «три тижні тому», "two weeks ago", but not «несколько лет назад»', () => {
    const options: DateOptions = { language: 'ru', published: '2025-03-05' };
    expect(describeMentions('год назад стороны подписали', options)).toEqual(['год назад → 2024']);
    expect(describeMentions('5 дней назад', options)).toEqual(['5 дней назад → 2025-02-28']);
    expect(describeMentions('три тижні тому', { ...options, language: 'uk' })).toEqual([
      'три тижні тому → 2025-02-10..2025-02-16',
    ]);
    expect(describeMentions('two weeks ago', { ...options, language: 'en' })).toEqual([
      'two weeks ago → 2025-02-17..2025-02-23',
    ]);
    expect(findDateMentions('несколько лет назад; кілька років тому; several years ago', options)).toEqual([]);
  });
});
