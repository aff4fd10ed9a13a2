/** Furniture detection on the five seed articles: exactly what is set aside, and that the article body is not. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from './article-file';
import { FURNITURE_REASONS as R, findFurniture } from './furniture';

const ARTICLES = join(import.meta.dirname, '../../../data/articles');

function seed(id: string) {
  const { text } = parseArticleFile(readFileSync(join(ARTICLES, `${id}.txt`), 'utf8'), id);
  const ranges = findFurniture(text);
  const setAside = ranges.map((range) => [range.reason, text.slice(range.start, range.end)]);
  /** Whether any part of `sentence` (found verbatim in the text) lies in a set-aside range. */
  const isSetAside = (sentence: string) => {
    const start = text.indexOf(sentence);
    expect(start, `"${sentence}" is in the text`).toBeGreaterThanOrEqual(0);
    return ranges.some((range) => range.start < start + sentence.length && start < range.end);
  };
  return { text, ranges, setAside, isSetAside };
}

describe('findFurniture on the seeds', () => {
  it('sets aside the "Читайте также" list of the Sputnik phone-call report, and nothing else', () => {
    const { setAside, isSetAside } = seed('2021-05-22-sputnik-aliyev-lukashenko-phone-call');
    expect(setAside).toHaveLength(1);
    expect(setAside[0]![0]).toBe(R.related);
    expect(setAside[0]![1]).toMatch(/^Читайте также:\n- Министры обороны/);
    expect(setAside[0]![1]).toMatch(/- Визит Лукашенко в Баку: о чем договорились президенты$/);
    expect(setAside[0]![1]!.split('\n')).toHaveLength(8);
    expect(isSetAside('Состоялся телефонный разговор президентов Азербайджанской Республики')).toBe(false);
    expect(isSetAside('Азербайджано-белорусские отношения')).toBe(false);
    expect(isSetAside('импорт из Азербайджана - 4,6 миллиона долларов.')).toBe(false);
  });

  it('sets aside the dateline, the headline shown again and the source credit of the Putin visit piece', () => {
    const { setAside, isSetAside, text } = seed('2024-08-17-putin-state-visit-azerbaijan');
    expect(setAside).toEqual([
      [R.dateTime, 'Авг 17, 2024 / 20:34'],
      [R.repeated, 'Визит Владимира Путина в Азербайджан обсуждение стратегического партнерства'],
      [R.credit, 'По материалам: iz.ru'],
    ]);
    // The first occurrence of the headline stays: it is the title, and it is read.
    expect(text.startsWith('Визит Владимира Путина')).toBe(true);
    expect(findFurniture(text)[1]!.start).toBeGreaterThan(0);
    expect(isSetAside('Владимир Путин 18–19 августа отправится с государственным визитом в Азербайджан')).toBe(false);
    expect(isSetAside('в начале июля Владимир Путин провёл встречу с азербайджанским президентом')).toBe(false);
  });

  it('sets aside the menu, the dateline, "Більше за темою" and the browser notice of the Ukrainian ministry page', () => {
    const { setAside, isSetAside } = seed('2025-02-21-mishchenko-working-visit-azerbaijan');
    expect(setAside.map(([reason]) => reason)).toEqual([R.menu, R.dateTime, R.related, R.browser]);
    expect(setAside[0]![1]).toBe(
      [
        '• A-',
        '    A+',
        '  • Людям із порушенням зору',
        '  • Українською',
        '  • English',
        '  • Français',
        '  • Español',
        '  • Português',
        '  • العربية',
      ].join('\n'),
    );
    expect(setAside[1]![1]).toBe('Опубліковано 21 лютого 2025 року о 20:25');
    expect(setAside[2]![1]).toBe('Більше за темою');
    expect(setAside[3]![1]).toMatch(/^Outdated Browser\nДля комфортної роботи/);
    expect(setAside[3]![1]).toMatch(/Microsoft Edge\n[\s\S]* {2}• Linux$/);
    expect(isSetAside('Олександр Міщенко здійснив робочий візит до Азербайджану\n')).toBe(false);
    expect(isSetAside('З 19 по 20 лютого заступник міністра закордонних справ України')).toBe(false);
    expect(isSetAside('Учасники заходу поклали квіти до Стіни Пам’яті біля Посольства України.')).toBe(false);
  });

  it('sets aside the section label, dateline, view count, repeated headline and trailing "Новости" of the AZERTAC piece', () => {
    const { setAside, isSetAside, text } = seed('2025-03-03-asadov-bektenov-meeting');
    expect(setAside).toEqual([
      [R.section, 'Политика'],
      [R.dateTime, '03 Март 2025\n15:29'],
      [R.counter, '131'],
      [R.repeated, 'Премьер-министр Али Асадов встретился с казахстанским коллегой'],
      [R.section, 'Новости'],
    ]);
    expect(text.endsWith('Новости')).toBe(true);
    expect(isSetAside('3 марта премьер-министр Азербайджанской Республики Али Асадов встретился')).toBe(false);
    expect(isSetAside('по дну Каспийского моря.')).toBe(false);
  });

  it('sets aside nothing in the ministry summary of the Galuzin consultations, quote credits included', () => {
    const { setAside } = seed('2025-10-galuzin-consultations-baku');
    expect(setAside).toEqual([]);
  });
});
