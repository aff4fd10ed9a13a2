/**
 * Meeting extraction on small texts of our own, with a stand-in for entity and date finding
 * (names listed per test, dates given as offsets), so these rules are tested on their own.
 */
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../dates/types';
import type { EntityMention } from '../entities/types';
import { findDateMentions } from '../dates';
import { extractMeetings } from './extract-meetings';
import { mergeMeetings } from './merge-meetings';
import type { MeetingArticle, MeetingCandidate } from './types';

type Names = Record<string, string>;

/** Every occurrence of each surface form, as a mention of the given node. */
function mentionsOf(text: string, names: Names): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [form, nodeId] of Object.entries(names)) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      const type = nodeId.split(':')[0] as EntityMention['type'];
      out.push({ start: at, end: at + form.length, text: form, type, nodeId, form: 'name' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function datesOf(text: string, dates: Record<string, DateMention['date']>): DateMention[] {
  return Object.entries(dates).map(([phrase, date]) => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase, date, basis: 'explicit' as const };
  });
}

function article(
  language: MeetingArticle['language'],
  published: string,
  text: string,
  names: Names,
  dates: Record<string, DateMention['date']> = {},
): MeetingArticle {
  return { id: 'a', text, language, published, mentions: mentionsOf(text, names), dates: datesOf(text, dates) };
}

const people = (c: MeetingCandidate) => c.persons.map((p) => p.nodeId.split(':')[1]).sort();
const summary = (cs: MeetingCandidate[]) =>
  mergeMeetings([cs]).meetings.map((m) => ({
    kind: m.kind,
    status: m.status,
    date: m.date,
    people: [...m.persons.keys()].map((p) => p.split(':')[1]).sort(),
  }));

describe('extractMeetings', () => {
  it('reads a reception, passive and active, in Russian', () => {
    const text =
      'Президент Ильхам Алиев принял министра Виктора Хренина. Позже Хренин был принят Джейхуном Байрамовым.';
    const found = extractMeetings(
      article('ru', '2021-05-20', text, {
        'Ильхам Алиев': 'person:ilham-aliyev',
        'Виктора Хренина': 'person:viktor-khrenin',
        Хренин: 'person:viktor-khrenin',
        'Джейхуном Байрамовым': 'person:jeyhun-bayramov',
      }),
    );
    expect(found.map((c) => [c.kind, people(c), c.date?.start])).toEqual([
      ['reception', ['ilham-aliyev', 'viktor-khrenin'], '2021-05-20'],
      ['reception', ['jeyhun-bayramov', 'viktor-khrenin'], '2021-05-20'],
    ]);
  });

  it('reads "welcomed X" as a reception, "talked with X by phone" as a call, and "gathered" as a meeting in English', () => {
    const text =
      'Minister Lina Kalnina welcomed the UN envoy Omar Haddad. Kalnina talked with Ola Berg by phone on Friday. Kalnina and Berg last gathered in Riga.';
    const found = extractMeetings(
      article('en', '2025-05-10', text, {
        'Lina Kalnina': 'person:lina-kalnina',
        Kalnina: 'person:lina-kalnina',
        'Omar Haddad': 'person:omar-haddad',
        'Ola Berg': 'person:ola-berg',
        Berg: 'person:ola-berg',
      }),
    );
    expect(found.map((c) => [c.kind, people(c)])).toEqual([
      ['reception', ['lina-kalnina', 'omar-haddad']],
      ['phone_call', ['lina-kalnina', 'ola-berg']],
      ['meeting', ['lina-kalnina', 'ola-berg']],
    ]);
  });

  it('splits «провел встречи с A, B и C» into one meeting with each, but keeps «в ходе встречи с A и B» one', () => {
    const names = {
      'Иван Петров': 'person:ivan-petrov',
      'Анной Смит': 'person:anna-smith',
      'Оле Бергом': 'person:ole-berg',
      'Ли Ваном': 'person:li-wang',
    };
    const split = extractMeetings(
      article('ru', '2025-05-10', 'Иван Петров провел встречи с Анной Смит, Оле Бергом и Ли Ваном.', names),
    );
    expect(split.map((c) => [c.kind, people(c)])).toEqual([
      ['meeting', ['anna-smith', 'ivan-petrov']],
      ['meeting', ['ivan-petrov', 'ole-berg']],
      ['meeting', ['ivan-petrov', 'li-wang']],
    ]);
    const one = extractMeetings(
      article(
        'ru',
        '2025-05-10',
        'Иван Петров в ходе встречи с Анной Смит, Оле Бергом и Ли Ваном обсудил энергетику.',
        names,
      ),
    );
    expect(one.map((c) => people(c).length)).toEqual([4]);
  });

  it('makes a dated sitting of a commission a meeting though no one is named, and an undated one not', () => {
    const held = 'Прошлое заседание совместной комиссии прошло в Минске в мае.';
    const heldFound = extractMeetings(article('ru', '2025-09-10', held, {}, { 'в мае': { start: '2025-05' } }));
    expect(heldFound.map((c) => [c.kind, c.status, c.date?.start])).toEqual([['meeting', 'held', '2025-05']]);
    const planned = 'The next session of the joint commission will take place in Riga in 2026.';
    const plannedFound = extractMeetings(article('en', '2025-09-10', planned, {}, { 'in 2026': { start: '2026' } }));
    expect(plannedFound.map((c) => [c.kind, c.status, c.date?.start])).toEqual([['meeting', 'planned', '2026']]);
    const undated = 'The next session of the joint commission will take place in Riga.';
    expect(extractMeetings(article('en', '2025-09-10', undated, {}))).toEqual([]);
  });

  it('does not take "took part" for a reception', () => {
    const text = 'Ильхам Алиев принял участие в форуме вместе с Виктором Хрениным.';
    const found = extractMeetings(
      article('ru', '2021-05-20', text, {
        'Ильхам Алиев': 'person:ilham-aliyev',
        'Виктором Хрениным': 'person:viktor-khrenin',
      }),
    );
    expect(found.filter((c) => c.kind === 'reception')).toEqual([]);
  });

  it('reads an English phone call dated by the article, and a planned visit with its year', () => {
    const text =
      'President Ilham Aliyev held a phone call with President Kassym-Jomart Tokayev. Tokayev will visit Azerbaijan later this year.';
    const found = extractMeetings(
      article(
        'en',
        '2025-03-20',
        text,
        {
          'Ilham Aliyev': 'person:ilham-aliyev',
          'Kassym-Jomart Tokayev': 'person:kassym-jomart-tokayev',
          Tokayev: 'person:kassym-jomart-tokayev',
          Azerbaijan: 'state:azerbaijan',
        },
        { 'later this year': { start: '2025' } },
      ),
    );
    expect(found.map((c) => [c.kind, c.status, people(c), c.date, c.dateSource])).toEqual([
      ['phone_call', 'held', ['ilham-aliyev', 'kassym-jomart-tokayev'], { start: '2025-03-20' }, 'article-date'],
      ['visit', 'planned', ['kassym-jomart-tokayev'], { start: '2025' }, 'stated'],
    ]);
    expect(found[1]!.heldIn?.nodeId).toBe('state:azerbaijan');
  });

  it('carries the visitor into meetings with an unnamed subject, and dates them by visit day (Ukrainian)', () => {
    const text =
      'З 10 по 11 березня міністр Андрій Сибіга здійснив візит до Туреччини. Візит розпочався із зустрічі з Хаканом Фіданом. У другий день візиту відбулася зустріч з Реджепом Ердоганом.';
    const found = extractMeetings(
      article(
        'uk',
        '2025-03-12',
        text,
        {
          'Андрій Сибіга': 'person:andrii-sybiha',
          'Хаканом Фіданом': 'person:hakan-fidan',
          'Реджепом Ердоганом': 'person:recep-erdogan',
          Туреччини: 'state:turkiye',
        },
        { 'З 10 по 11 березня': { start: '2025-03-10', end: '2025-03-11' } },
      ),
    );
    expect(summary(found)).toEqual([
      { kind: 'visit', status: 'held', date: { start: '2025-03-10', end: '2025-03-11' }, people: ['andrii-sybiha'] },
      { kind: 'meeting', status: 'held', date: { start: '2025-03-10' }, people: ['andrii-sybiha', 'hakan-fidan'] },
      { kind: 'meeting', status: 'held', date: { start: '2025-03-11' }, people: ['andrii-sybiha', 'recep-erdogan'] },
    ]);
    const { owner } = mergeMeetings([found]);
    const visit = owner.get(found.find((c) => c.kind === 'visit')!);
    for (const meeting of found.filter((c) => c.kind === 'meeting')) {
      expect(owner.get(found[meeting.partOf!]!)).toBe(visit);
    }
  });

  it('makes a bilateral on the sidelines part of the summit, whose organization takes part', () => {
    const text = 'Владимир Путин встретился с Ильхамом Алиевым на полях саммита ШОС в Астане 4 июля.';
    const found = extractMeetings(
      article(
        'ru',
        '2024-07-05',
        text,
        {
          'Владимир Путин': 'person:vladimir-putin',
          'Ильхамом Алиевым': 'person:ilham-aliyev',
          ШОС: 'organization:sco',
        },
        { '4 июля': { start: '2024-07-04' } },
      ),
    );
    const summit = found.findIndex((c) => c.kind === 'summit');
    expect(found[summit]).toMatchObject({ place: 'Astana', date: { start: '2024-07-04' }, persons: [] });
    expect(found[summit]!.organizations.map((o) => o.nodeId)).toEqual(['organization:sco']);
    const bilateral = found.find((c) => c.kind === 'meeting')!;
    expect(people(bilateral)).toEqual(['ilham-aliyev', 'vladimir-putin']);
    expect(bilateral.partOf).toBe(summit);
    expect(bilateral.heldIn?.nodeId).toBe('state:kazakhstan');
  });

  it('refers "the sides" back to the last pair, and merges the retelling into one meeting', () => {
    const text =
      '3 марта Али Асадов встретился с Олжасом Бектеновым. Затем главы правительств провели переговоры один на один.';
    const found = extractMeetings(
      article(
        'ru',
        '2025-03-03',
        text,
        { 'Али Асадов': 'person:ali-asadov', 'Олжасом Бектеновым': 'person:olzhas-bektenov' },
        { '3 марта': { start: '2025-03-03' } },
      ),
    );
    expect(summary(found)).toEqual([
      { kind: 'talks', status: 'held', date: { start: '2025-03-03' }, people: ['ali-asadov', 'olzhas-bektenov'] },
    ]);
  });

  it('keeps a reporter out, but lets "he" after "said that" be the subject', () => {
    const text = 'Кэнтаро Ёсида сообщил, что он также проведет встречу с Джейхуном Байрамовым.';
    const found = extractMeetings(
      article('ru', '2025-07-10', text, {
        'Кэнтаро Ёсида': 'person:kentaro-yoshida',
        'Джейхуном Байрамовым': 'person:jeyhun-bayramov',
      }),
    );
    expect(found.map((c) => [c.kind, c.status, people(c), c.date])).toEqual([
      ['meeting', 'planned', ['jeyhun-bayramov', 'kentaro-yoshida'], undefined],
    ]);
  });

  it('dates "the same day" by the last meeting known to the day, not by a later phrase', () => {
    const text =
      'On 12 March, Roman Vassilenko met Kate Lindqvist. On the same day, Vassilenko met with Ichiro Kato to discuss a summit later this year.';
    const found = extractMeetings(
      article(
        'en',
        '2025-03-14',
        text,
        {
          'Roman Vassilenko': 'person:roman-vassilenko',
          Vassilenko: 'person:roman-vassilenko',
          'Kate Lindqvist': 'person:kate-lindqvist',
          'Ichiro Kato': 'person:ichiro-kato',
        },
        { 'On 12 March': { start: '2025-03-12' }, 'later this year': { start: '2025' } },
      ),
    );
    const kato = found.find((c) => c.persons.some((p) => p.nodeId === 'person:ichiro-kato'))!;
    expect(kato).toMatchObject({ status: 'held', date: { start: '2025-03-12' }, dateSource: 'same-day' });
  });

  it('splits "met A and B" into two meetings when the next sentence speaks of the meetings', () => {
    const text =
      'Олександр Міщенко зустрівся з Джейхуном Байрамовим та Хікметом Гаджієвим. У ході зустрічей сторони обговорили співпрацю.';
    const found = extractMeetings(
      article('uk', '2025-02-20', text, {
        'Олександр Міщенко': 'person:oleksandr-mishchenko',
        'Джейхуном Байрамовим': 'person:jeyhun-bayramov',
        'Хікметом Гаджієвим': 'person:hikmet-hajiyev',
      }),
    );
    expect(summary(found).map((m) => m.people)).toEqual([
      ['jeyhun-bayramov', 'oleksandr-mishchenko'],
      ['hikmet-hajiyev', 'oleksandr-mishchenko'],
    ]);
  });

  it('reads "the talks were held" as the lead meeting told again, adding its place', () => {
    const text = 'Jeyhun Bayramov held talks with Hakan Fidan. The talks were held in Ankara in a friendly atmosphere.';
    const found = extractMeetings(
      article('en', '2025-04-02', text, {
        'Jeyhun Bayramov': 'person:jeyhun-bayramov',
        'Hakan Fidan': 'person:hakan-fidan',
      }),
    );
    const { meetings } = mergeMeetings([found]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'talks', place: 'Ankara', date: { start: '2025-04-02' } });
  });

  it('keeps an upcoming visit whose visitor is named only by office, with the visiting state', () => {
    const text = 'The parties discussed the upcoming visit of the President of Uzbekistan to Georgia.';
    const found = extractMeetings(
      article('en', '2025-06-05', text, { Uzbekistan: 'state:uzbekistan', Georgia: 'state:georgia' }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'visit', status: 'planned', persons: [], dateSource: 'none' });
    expect(found[0]!.organizations.map((o) => o.nodeId)).toEqual(['state:uzbekistan']);
    expect(found[0]!.heldIn?.nodeId).toBe('state:georgia');
  });

  it('reads "arrived in" with a place as a visit, and leaves an arrival nowhere known alone', () => {
    const text = 'Olzhas Bektenov arrived in Baku on 3 March. Bektenov arrived late.';
    const found = extractMeetings(
      article(
        'en',
        '2025-03-03',
        text,
        { 'Olzhas Bektenov': 'person:olzhas-bektenov', Bektenov: 'person:olzhas-bektenov' },
        {
          'on 3 March': { start: '2025-03-03' },
        },
      ),
    );
    expect(found.map((c) => [c.kind, c.place, c.heldIn?.nodeId, c.date])).toEqual([
      ['visit', 'Baku', 'state:azerbaijan', { start: '2025-03-03' }],
    ]);
  });

  it('reads "received a delegation led by X" as a reception, but not "received a letter from X"', () => {
    const text =
      'Ilham Aliyev received a delegation led by Kubanychbek Omuraliev. Ilham Aliyev received a letter from Kubanychbek Omuraliev.';
    const found = extractMeetings(
      article('en', '2025-02-10', text, {
        'Ilham Aliyev': 'person:ilham-aliyev',
        'Kubanychbek Omuraliev': 'person:kubanychbek-omuraliev',
      }),
    );
    expect(found.map((c) => [c.kind, people(c), c.clause.start])).toEqual([
      ['reception', ['ilham-aliyev', 'kubanychbek-omuraliev'], 0],
    ]);
  });

  it('reads "discussed … with X" as a meeting, but not "the sides discussed energy"', () => {
    const en = 'Mirzoyan also discussed regional transport with Radosław Sikorski. The sides discussed energy.';
    const found = extractMeetings(
      article('en', '2025-02-15', en, {
        Mirzoyan: 'person:ararat-mirzoyan',
        'Radosław Sikorski': 'person:radoslaw-sikorski',
      }),
    );
    expect(found.map((c) => [c.kind, people(c)])).toEqual([['meeting', ['ararat-mirzoyan', 'radoslaw-sikorski']]]);
    const uk = 'Зеленський обговорив з Генеральним секретарем НАТО Марком Рютте підготовку до саміту.';
    const ukFound = extractMeetings(
      article('uk', '2025-09-24', uk, {
        Зеленський: 'person:volodymyr-zelenskyy',
        'Марком Рютте': 'person:mark-rutte',
      }),
    );
    expect(ukFound.filter((c) => c.kind === 'meeting').map(people)).toEqual([['mark-rutte', 'volodymyr-zelenskyy']]);
    const ru = 'Ушаков провёл беседу с послом Польши Марией Ковальской. Ушаков обсудил итоги года.';
    const ruFound = extractMeetings(
      article('ru', '2025-10-13', ru, { Ушаков: 'person:yuri-ushakov', 'Марией Ковальской': 'person:maria-kowalska' }),
    );
    expect(ruFound.map((c) => [c.kind, people(c)])).toEqual([['meeting', ['maria-kowalska', 'yuri-ushakov']]]);
  });

  it('reads "speaking after talks with X" as those talks, not as the setting of another meeting', () => {
    const text =
      "Azerbaijan's Jeyhun Bayramov said on Wednesday that the corridor needed work, speaking after talks with his Georgian counterpart Maka Botchorishvili in Tbilisi.";
    const found = extractMeetings(
      article('en', '2025-04-16', text, {
        'Jeyhun Bayramov': 'person:jeyhun-bayramov',
        'Maka Botchorishvili': 'person:maka-botchorishvili',
      }),
    );
    expect(found.map((c) => [c.kind, c.frame, people(c)])).toEqual([
      ['talks', false, ['jeyhun-bayramov', 'maka-botchorishvili']],
    ]);
  });

  it('dates a held meeting on a weekday to the weekday just gone, with the real date finder', () => {
    const text = 'В четверг Владимир Путин провёл переговоры с Касым-Жомартом Токаевым.';
    const published = '2025-10-13'; // a Monday
    const options = { language: 'ru' as const, published };
    const found = extractMeetings({
      ...article('ru', published, text, {
        'Владимир Путин': 'person:vladimir-putin',
        'Касым-Жомартом Токаевым': 'person:kassym-jomart-tokayev',
      }),
      dates: findDateMentions(text, options),
      findDates: (part, tense) => findDateMentions(part, { ...options, tense }),
    });
    expect(found.map((c) => [c.kind, c.status, c.date?.start])).toEqual([['talks', 'held', '2025-10-09']]);
  });
});
