/**
 * Furniture detection on pages written for these tests (ru, uk, en), shaped like agency wires,
 * ministry releases and news sites, plus texts whose prose merely mentions furniture words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FURNITURE_REASONS as R, findFurniture } from './furniture';

const setAsideOf = (text: string) =>
  findFurniture(text).map((range) => [range.reason, text.slice(range.start, range.end)]);

describe('findFurniture on pages of our own', () => {
  it('reads an English wire page: share bar, view counter, inline "Read also", cookie notice, trailing "News"', () => {
    const text = [
      'Politics',
      '12 March 2025, 09:40',
      '👁 2,318',
      'Foreign ministers of Georgia and Moldova hold talks in Tbilisi',
      'Share: Facebook | X | Telegram | WhatsApp',
      '',
      'TBILISI, March 12. Foreign Minister of Georgia Nino Beridze received her Moldovan counterpart Ion Carp on Wednesday, the ministry said.',
      'Read also: Moldova opens a consulate in Batumi',
      'The ministers discussed transit through the Black Sea ports and agreed to hold consultations in Chisinau in May.',
      '',
      'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
      'Accept',
      'Settings',
      '',
      'News',
    ].join('\n');
    expect(setAsideOf(text)).toEqual([
      [R.section, 'Politics'],
      [R.dateTime, '12 March 2025, 09:40'],
      [R.counter, '👁 2,318'],
      [R.share, 'Share: Facebook | X | Telegram | WhatsApp'],
      [R.related, 'Read also: Moldova opens a consulate in Batumi'],
      [
        R.cookie,
        'We use cookies to improve your experience. By continuing you agree to our cookie policy.\nAccept\nSettings',
      ],
      [R.section, 'News'],
    ]);
  });

  it('reads a Russian agency page: "Поделиться" bar, "Просмотров" counter, "Похожие новости" with blank lines', () => {
    const text = [
      'Лавров провел переговоры с министром иностранных дел Армении',
      'Сегодня, 14:05',
      'Просмотров: 1 204',
      '',
      'МОСКВА, 4 апреля. Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Армении Араратом Мирзояном.',
      'Стороны обсудили подготовку визита армянской делегации в Москву.',
      '',
      'Поделиться',
      'ВКонтакте Одноклассники Telegram',
      '',
      'Похожие новости',
      '',
      'Мирзоян прибыл в Москву с рабочим визитом',
      '',
      'В МИД Армении рассказали о повестке консультаций',
    ].join('\n');
    expect(setAsideOf(text)).toEqual([
      [R.dateTime, 'Сегодня, 14:05'],
      [R.counter, 'Просмотров: 1 204'],
      [R.share, 'Поделиться\nВКонтакте Одноклассники Telegram'],
      [
        R.related,
        'Похожие новости\n\nМирзоян прибыл в Москву с рабочим визитом\n\nВ МИД Армении рассказали о повестке консультаций',
      ],
    ]);
  });

  it('reads a Ukrainian ministry page: language menu, "Читайте також" list, "Поділитися" bar, cookie banner', () => {
    const text = [
      'Українською',
      'English',
      'Версія для людей з порушенням зору',
      'Прем’єр-міністр України провів зустріч з Президентом Європейської ради',
      '15 січня 2025, 11:30',
      '',
      'Прем’єр-міністр України Денис Шмигаль провів зустріч з Президентом Європейської ради Антоніу Коштою у Києві.',
      'Сторони обговорили підготовку до саміту Україна – ЄС.',
      '',
      'Читайте також:',
      '• Уряд схвалив план співпраці з ЄС на 2025 рік',
      '• Шмигаль обговорив з єврокомісаром енергетичну безпеку',
      '',
      'Поділитися: Facebook Telegram',
      'Цей сайт використовує файли cookie. Продовжуючи, ви погоджуєтесь з їх використанням.',
      'Зрозуміло',
    ].join('\n');
    expect(setAsideOf(text)).toEqual([
      [R.menu, 'Українською\nEnglish\nВерсія для людей з порушенням зору'],
      [R.dateTime, '15 січня 2025, 11:30'],
      [
        R.related,
        'Читайте також:\n• Уряд схвалив план співпраці з ЄС на 2025 рік\n• Шмигаль обговорив з єврокомісаром енергетичну безпеку',
      ],
      [R.share, 'Поділитися: Facebook Telegram'],
      [R.cookie, 'Цей сайт використовує файли cookie. Продовжуючи, ви погоджуєтесь з їх використанням.\nЗрозуміло'],
    ]);
  });

  it('reads site navigation: bars of labels, breadcrumbs, menu columns, and a wire credit at the end', () => {
    const text = [
      'Home | Politics | World | Business',
      'Головна / Прес-центр / Новини',
      'Главная',
      'Новости',
      'Международные связи',
      'Пресс-служба',
      'Talks in Baku',
      '',
      'BAKU, May 6. The Foreign Minister of Azerbaijan received the Secretary General of the Organization of Turkic States.',
      'Азербайджан / Грузия / Турция: трехсторонняя встреча министров пройдет в Карсе',
      '(Reporting by the Baku desk; editing by the Caspian desk)',
    ].join('\n');
    expect(setAsideOf(text)).toEqual([
      [
        R.navigation,
        'Home | Politics | World | Business\nГоловна / Прес-центр / Новини\nГлавная\nНовости\nМеждународные связи\nПресс-служба',
      ],
      [R.credit, '(Reporting by the Baku desk; editing by the Caspian desk)'],
    ]);
  });

  it('leaves prose alone when it merely mentions menus, sharing, cookies, browsers or news', () => {
    const text = [
      'The ministers agreed to share intelligence on border crossings, the statement said.',
      'Talks were held in English and Russian, according to the Azerbaijani side.',
      'English',
      'The regulator fined the company for using tracking cookies without consent, officials said on Monday.',
      'Officials said an outdated browser was the cause of the outage at the embassy.',
      '- The delegations signed a memorandum on customs cooperation, a protocol on consular matters and a visa agreement.',
      'Related talks will continue in Baku next week, the ministry said.',
      'News of the agreement was welcomed in Yerevan.',
    ].join('\n');
    expect(setAsideOf(text)).toEqual([]);
  });

  it('sets aside nothing in a text with no line of prose, rather than guess', () => {
    expect(findFurniture('Политика\n15:29\n131')).toEqual([]);
    expect(findFurniture('')).toEqual([]);
  });

  it('handles Windows line endings: ranges stop before the "\\r"', () => {
    const text =
      'Читайте также:\r\n- Путин обсудил с Алиевым Карабах\r\n\r\nПрезидент Азербайджана Ильхам Алиев принял министра иностранных дел Турции.\r\n';
    expect(setAsideOf(text)).toEqual([[R.related, 'Читайте также:\r\n- Путин обсудил с Алиевым Карабах']]);
  });
});

describe('findFurniture on any text', () => {
  it('gives sorted, non-overlapping, whole-line ranges inside the text, and never throws', () => {
    const furnitureLine = fc.constantFrom(
      'Читайте также:',
      'Share',
      'Facebook Twitter',
      '15:29',
      '131',
      'English',
      'Новости',
      '• A-',
      'Outdated Browser',
      '67.15%',
    );
    const line = fc.oneof(
      fc.string({ maxLength: 120 }),
      furnitureLine,
      fc.constant('Министр иностранных дел Эстонии Маргус Цахкна прибыл в Баку с официальным визитом.'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const text = lines.join(newline);
        const ranges = findFurniture(text);
        let previous = 0;
        for (const range of ranges) {
          expect(range.start).toBeGreaterThanOrEqual(previous);
          expect(range.end).toBeGreaterThan(range.start);
          expect(range.end).toBeLessThanOrEqual(text.length);
          expect(range.start === 0 || text[range.start - 1] === '\n').toBe(true);
          expect(range.end === text.length || /[\r\n]/u.test(text[range.end]!)).toBe(true);
          expect(range.reason).not.toBe('');
          previous = range.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
