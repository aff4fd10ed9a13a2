/** Numbers and words that look like dates but are not. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import type { DateOptions } from './types';

const options: DateOptions = { language: 'ru', published: '2025-03-05' };

describe('not dates', () => {
  it.each([
    'освобождены 11 граждан',
    'подписано 165 документов',
    'около 500 млн долларов',
    'составил 21 процент',
    'вырос на 13%',
    'на III Играх СНГ',
    'формат 3+3',
    'на сумму 1 млн. дол.',
    'в 15:29',
    'о 20:25',
    'з нагоди 3-ої річниці',
    'в 2020 человек',
    'в 1990-х',
    'охрана окружающей среды',
    'Март и Май — имена',
    'лютого ворога',
    'версия 1.5.20',
    'накануне саммита',
    'написал президенту к Мае Санду',
    'the Sunday Times reported',
    'services on Good Friday',
  ])('%s', (text) => {
    expect(findDateMentions(text, options)).toEqual([]);
  });

  it('finds only the date in a sentence full of other numbers', () => {
    const text =
      'По итогам 2024 года товарооборот вырос на 13% и составил 500 млн долларов, 11 граждан освобождены 3 марта.';
    expect(findDateMentions(text, options).map((m) => m.text)).toEqual(['По итогам 2024 года', '3 марта']);
  });
});
