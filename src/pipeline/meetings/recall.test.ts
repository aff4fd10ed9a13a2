/**
 * Meeting rules added for texts in styles the project had not seen (eval/dev3), each on small texts
 * of our own: names listed per test, dates found by the real date finder.
 */
import { describe, expect, it } from 'vitest';
import { meetingSummary } from './fixtures/summary';
import { textArticle as article } from './fixtures/text-article';

const summary = meetingSummary;

describe('meetings in unseen styles', () => {
  it('finds the guest of a reception past a participle that tells their visit', () => {
    const text =
      'Джейхун Байрамов в среду принял находящегося с рабочим визитом в Баку министра иностранных дел Египта Бадра Абделатти.';
    const found = summary(
      article('ru', '2025-05-14', text, {
        'Джейхун Байрамов': 'person:jeyhun-bayramov',
        'Бадра Абделатти': 'person:badr-abdelatty',
        Египта: 'state:egypt',
      }),
    );
    expect(found).toEqual([
      ['reception', 'held', '2025-05-14', ['badr-abdelatty', 'jeyhun-bayramov']],
      ['visit', 'held', '2025-05-14', ['badr-abdelatty']],
    ]);
  });

  it('reads «мав розмову з», «провел разговор с», "had a conversation with" as meetings, but not the conversation of a call', () => {
    const uk = article(
      'uk',
      '2025-06-17',
      'Зеленський мав розмову з Марком Рютте. Того ж дня Зеленський провів у режимі відеоконференції розмову з Петром Олару.',
      { Зеленський: 'person:volodymyr-zelenskyy', 'Марком Рютте': 'person:mark-rutte', 'Петром Олару': 'person:p-o' },
    );
    expect(summary(uk)).toEqual([
      ['meeting', 'held', '2025-06-17', ['mark-rutte', 'volodymyr-zelenskyy']],
      ['video_call', 'held', '2025-06-17', ['p-o', 'volodymyr-zelenskyy']],
    ]);
    const ru = article('ru', '2025-06-17', 'Сергей Лавров провел разговор с Ван И.', {
      'Сергей Лавров': 'person:sergey-lavrov',
      'Ван И': 'person:wang-yi',
    });
    expect(summary(ru)).toEqual([['meeting', 'held', '2025-06-17', ['sergey-lavrov', 'wang-yi']]]);
    const en = article('en', '2025-06-17', 'Mark Carney had a conversation with Keir Starmer.', {
      'Mark Carney': 'person:mark-carney',
      'Keir Starmer': 'person:keir-starmer',
    });
    expect(summary(en)).toEqual([['meeting', 'held', '2025-06-17', ['keir-starmer', 'mark-carney']]]);
  });

  it('puts «візьме участь у саміті» in the future, with its date in the coming days', () => {
    const text = '24–25 червня Зеленський візьме участь у саміті НАТО в Гаазі.';
    const found = summary(
      article('uk', '2025-06-17', text, { Зеленський: 'person:volodymyr-zelenskyy', НАТО: 'organization:nato' }),
    );
    expect(found).toEqual([['summit', 'planned', '2025-06-24/2025-06-25', ['volodymyr-zelenskyy']]]);
  });

  it('takes "the sides" of a relative clause as its subject, and lets a recalled meeting leave the story date alone', () => {
    const text =
      'Джейхун Байрамов в среду принял Бадра Абделатти. ' +
      'Байрамов напомнил, что в ноябре прошлого года Абделатти возглавлял делегацию на конференции в Баку, где стороны провели первую встречу. ' +
      'Позднее Абделатти принял Ильхам Алиев.';
    const found = summary(
      article('ru', '2025-05-14', text, {
        'Джейхун Байрамов': 'person:jeyhun-bayramov',
        Байрамов: 'person:jeyhun-bayramov',
        'Бадра Абделатти': 'person:badr-abdelatty',
        Абделатти: 'person:badr-abdelatty',
        'Ильхам Алиев': 'person:ilham-aliyev',
      }),
    );
    expect(found).toEqual([
      ['reception', 'held', '2025-05-14', ['badr-abdelatty', 'jeyhun-bayramov']],
      ['meeting', 'held', '2024-11', ['badr-abdelatty', 'jeyhun-bayramov']],
      ['reception', 'held', '2025-05-14', ['badr-abdelatty', 'ilham-aliyev']],
    ]);
  });

  it('takes "received the two ministers" as a reception of the group just named', () => {
    const text =
      'Jeyhun Bayramov met Maka Botchorishvili in Ankara on Thursday. ' +
      'President Recep Tayyip Erdogan received the two ministers later in the day.';
    const found = summary(
      article('en', '2025-03-13', text, {
        'Jeyhun Bayramov': 'person:jeyhun-bayramov',
        'Maka Botchorishvili': 'person:maka-botchorishvili',
        'Recep Tayyip Erdogan': 'person:recep-tayyip-erdogan',
      }),
    );
    expect(found).toContainEqual([
      'reception',
      'held',
      '2025-03-13',
      ['jeyhun-bayramov', 'maka-botchorishvili', 'recep-tayyip-erdogan'],
    ]);
  });

  it('gives a meeting told without names the heads of delegation the next sentence names', () => {
    const uk =
      '21 жовтня в Нью-Делі відбулися політичні консультації між МЗС України та Індії. ' +
      'Українську делегацію очолив Євген Перебийніс, індійську – Тарун Капур.';
    expect(
      summary(
        article('uk', '2025-10-22', uk, {
          'Євген Перебийніс': 'person:yevhen-perebyinis',
          'Тарун Капур': 'person:tarun-kapur',
          України: 'state:ukraine',
          Індії: 'state:india',
        }),
      ),
    ).toEqual([['consultations', 'held', '2025-10-21', ['tarun-kapur', 'yevhen-perebyinis']]]);
    const en =
      'Political consultations between the foreign ministries of Estonia and Japan were held in Tokyo on 3 June. ' +
      'The Estonian delegation was led by Mari Kask, the Japanese by Ken Ito.';
    expect(
      summary(article('en', '2025-06-04', en, { 'Mari Kask': 'person:mari-kask', 'Ken Ito': 'person:ken-ito' })),
    ).toEqual([['consultations', 'held', '2025-06-03', ['ken-ito', 'mari-kask']]]);
  });
});
