/** Ukrainian date phrases. 2025-03-05 is a Wednesday. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import { onlyMention } from './test-helpers';
import type { DateOptions } from './types';

const wednesday: DateOptions = { language: 'uk', published: '2025-03-05' };
const dateOf = (text: string, options: DateOptions = wednesday) => onlyMention(text, options).date;

const MONTHS: [number, string, string, string][] = [
  [1, 'січня', 'січні', 'січень'],
  [2, 'лютого', 'лютому', 'лютий'],
  [3, 'березня', 'березні', 'березень'],
  [4, 'квітня', 'квітні', 'квітень'],
  [5, 'травня', 'травні', 'травень'],
  [6, 'червня', 'червні', 'червень'],
  [7, 'липня', 'липні', 'липень'],
  [8, 'серпня', 'серпні', 'серпень'],
  [9, 'вересня', 'вересні', 'вересень'],
  [10, 'жовтня', 'жовтні', 'жовтень'],
  [11, 'листопада', 'листопаді', 'листопад'],
  [12, 'грудня', 'грудні', 'грудень'],
];

describe('Ukrainian month names', () => {
  it.each(MONTHS)('month %i in the genitive, locative and nominative', (month, genitive, locative, nominative) => {
    const mm = String(month).padStart(2, '0');
    expect(dateOf(`зустріч 12 ${genitive} 2023 року`)).toEqual({ start: `2023-${mm}-12` });
    expect(dateOf(`12 ${genitive} 2023 р. у Києві`)).toEqual({ start: `2023-${mm}-12` });
    expect(dateOf(`12 ${genitive}`, { ...wednesday, tense: 'past' }).start).toMatch(/^202[45]-/);
    expect(dateOf(`Візит відбувся у ${locative} 2023 року`)).toEqual({ start: `2023-${mm}` });
    expect(dateOf(`${nominative} 2023 року`)).toEqual({ start: `2023-${mm}` });
  });
});

describe('Ukrainian phrases', () => {
  it('reads weekdays and weeks', () => {
    expect(dateOf('у вівторок')).toEqual({ start: '2025-03-04' });
    expect(dateOf('минулого тижня')).toEqual({ start: '2025-02-24', end: '2025-03-02' });
    expect(dateOf('З понеділка по середу')).toEqual({ start: '2025-03-03', end: '2025-03-05' });
    expect(dateOf('у п’ятницю', { ...wednesday, tense: 'past' })).toEqual({ start: '2025-02-28' });
    expect(dateOf('минулої середи')).toEqual({ start: '2025-02-26' });
    expect(dateOf('наступного вівторка')).toEqual({ start: '2025-03-11' });
  });

  it('reads years counted from the article', () => {
    expect(dateOf('минулого року')).toEqual({ start: '2024' });
    expect(dateOf('торік')).toEqual({ start: '2024' });
    expect(dateOf('минулого березня')).toEqual({ start: '2024-03' });
    expect(dateOf('у 2025 році')).toEqual({ start: '2025' });
  });

  it('reads qualified months', () => {
    const past = { ...wednesday, tense: 'past' as const };
    expect(onlyMention('на початку липня', past)).toMatchObject({ date: { start: '2024-07' }, qualifier: 'early' });
    expect(onlyMention('наприкінці травня', past)).toMatchObject({ date: { start: '2024-05' }, qualifier: 'late' });
    expect(onlyMention('в середині березня', past)).toMatchObject({ date: { start: '2025-03' }, qualifier: 'mid' });
    expect(onlyMention('у середині лютого', past)).toMatchObject({ date: { start: '2025-02' }, qualifier: 'mid' });
  });

  it('reads a stated day', () => {
    expect(onlyMention('2 березня 2025 року', wednesday)).toMatchObject({
      date: { start: '2025-03-02' },
      basis: 'explicit',
    });
  });

  it('reads days counted from the article, and «напередодні» only before a verb', () => {
    expect(dateOf('сьогодні')).toEqual({ start: '2025-03-05' });
    expect(dateOf('учора')).toEqual({ start: '2025-03-04' });
    expect(dateOf('напередодні відбулася зустріч')).toEqual({ start: '2025-03-04' });
    expect(findDateMentions('напередодні візиту', wednesday)).toEqual([]);
  });

  it('reads halves of a year and seasons', () => {
    expect(dateOf('у першому півріччі 2024 року')).toEqual({ start: '2024-01', end: '2024-06' });
    expect(dateOf('влітку', { ...wednesday, tense: 'past' })).toEqual({ start: '2024-06', end: '2024-08' });
    expect(dateOf('восени минулого року')).toEqual({ start: '2024-09', end: '2024-11' });
  });

  it('finds nothing in «в середині» alone or in an ordinal anniversary', () => {
    expect(findDateMentions('в середині залу', wednesday)).toEqual([]);
    expect(findDateMentions('з нагоди 3-ої річниці', wednesday)).toEqual([]);
  });
});
