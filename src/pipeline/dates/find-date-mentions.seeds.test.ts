/** The date phrases of the five seed articles, against each article's own publication date. */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './find-date-mentions';
import { onlyMention } from './test-helpers';

describe('seed date phrases', () => {
  it('reads a Ukrainian day range «З 19 по 20 лютого» in the article year', () => {
    const mention = onlyMention('З 19 по 20 лютого заступник міністра', { language: 'uk', published: '2025-02-21' });
    expect(mention).toMatchObject({
      text: 'З 19 по 20 лютого',
      date: { start: '2025-02-19', end: '2025-02-20' },
      basis: 'article-year',
    });
  });

  it('reads «20 лютого» as a day', () => {
    expect(onlyMention('20 лютого Олександр Міщенко', { language: 'uk', published: '2025-02-21' }).date).toEqual({
      start: '2025-02-20',
    });
  });

  it('reads «3 марта» on the publication day', () => {
    expect(onlyMention('3 марта премьер-министр', { language: 'ru', published: '2025-03-03' }).date).toEqual({
      start: '2025-03-03',
    });
  });

  it('reads a planned «18–19 августа» the day after publication', () => {
    const mention = onlyMention('Путин 18–19 августа отправится с визитом', {
      language: 'ru',
      published: '2024-08-17',
      tense: 'future',
    });
    expect(mention.date).toEqual({ start: '2024-08-18', end: '2024-08-19' });
  });

  it('joins «в пятницу, 16 августа» into one dated mention', () => {
    const mention = onlyMention('подтвердили в пресс-службе Кремля в пятницу, 16 августа.', {
      language: 'ru',
      published: '2024-08-17',
    });
    expect(mention).toMatchObject({ text: 'в пятницу, 16 августа', date: { start: '2024-08-16' } });
  });

  it('keeps «в начале июля» at month precision with the qualifier early', () => {
    const mention = onlyMention('что в начале июля Владимир Путин', { language: 'ru', published: '2024-08-17' });
    expect(mention).toMatchObject({ text: 'в начале июля', date: { start: '2024-07' }, qualifier: 'early' });
  });

  it('lets «в июне» decide «В предыдущем месяце, в июне»', () => {
    const mention = onlyMention('В предыдущем месяце, в июне, Путин подчеркнул', {
      language: 'ru',
      published: '2024-08-17',
    });
    expect(mention).toMatchObject({ text: 'В предыдущем месяце, в июне', date: { start: '2024-06' } });
  });

  it('keeps «с понедельника по среду» at the month of a month-precision article', () => {
    const mention = onlyMention('С понедельника по среду в Баку', { language: 'ru', published: '2025-10' });
    expect(mention).toMatchObject({ text: 'С понедельника по среду', date: { start: '2025-10' }, basis: 'weekday' });
  });

  it('resolves «с понедельника по среду» to the days of the article week when the day is known', () => {
    // 2025-10-09 is a Thursday.
    const mention = onlyMention('С понедельника по среду в Баку', { language: 'ru', published: '2025-10-09' });
    expect(mention.date).toEqual({ start: '2025-10-06', end: '2025-10-08' });
  });

  it('reads «9 октября» in a month-precision article without inventing anything else', () => {
    expect(onlyMention('в Душанбе 9 октября рассмотрены', { language: 'ru', published: '2025-10' }).date).toEqual({
      start: '2025-10-09',
    });
  });

  it('reads «в марте прошлого года» as March of the year before', () => {
    const mention = onlyMention('в марте прошлого года', { language: 'ru', published: '2025-03-03' });
    expect(mention).toMatchObject({ date: { start: '2024-03' }, basis: 'relative' });
  });

  it('reads explicit dates and months with a year', () => {
    const options = { language: 'ru' as const, published: '2021-05-22' };
    expect(onlyMention('22 февраля 2022 года', options).date).toEqual({ start: '2022-02-22' });
    expect(onlyMention('В апреле 2021 года состоялся', options).date).toEqual({ start: '2021-04' });
    expect(onlyMention('Также в мае 2021 года состоялся', options).date).toEqual({ start: '2021-05' });
  });

  it('reads the Sputnik dateline «БАКУ, 22 мая - Sputnik»', () => {
    const mention = onlyMention('БАКУ, 22 мая - Sputnik. Состоялся', { language: 'ru', published: '2021-05-22' });
    expect(mention).toMatchObject({ text: '22 мая', date: { start: '2021-05-22' } });
  });

  it('reads seasons, years, year ranges and months of the seed texts', () => {
    const published = '2025-03-03';
    const read = (text: string) => onlyMention(text, { language: 'ru', published }).date;
    expect(read('летом')).toEqual({ start: '2025-06', end: '2025-08' });
    expect(read('По итогам 2020 года товарооборот')).toEqual({ start: '2020' });
    expect(read('за 2020-2022 годов')).toEqual({ start: '2020', end: '2022' });
    expect(read('форума, прошедшего в феврале в Иране')).toEqual({ start: '2025-02' });
    expect(read('в сентябре–октябре текущего года')).toEqual({ start: '2025-09', end: '2025-10' });
    expect(read('программа на 2022–2026 годы')).toEqual({ start: '2022', end: '2026' });
  });

  it('finds the page datelines «Авг 17, 2024 / 20:34» and «03 Март 2025» but not the time', () => {
    expect(findDateMentions('Авг 17, 2024 / 20:34', { language: 'ru', published: '2024-08-17' })).toEqual([
      { start: 0, end: 12, text: 'Авг 17, 2024', date: { start: '2024-08-17' }, basis: 'explicit' },
    ]);
    expect(onlyMention('Политика\n03 Март 2025', { language: 'ru', published: '2025-03-03' }).date).toEqual({
      start: '2025-03-03',
    });
  });
});
