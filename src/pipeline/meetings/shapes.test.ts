/**
 * Meeting rules for shapes of reporting met in eval/dev6 (nameless consultations dated "yesterday",
 * two meetings and two dates in one clause, meetings that are only the subject of a talk), each on
 * small texts of our own: names listed per test, dates found by the real date finder.
 */
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../dates';
import { extractMeetings } from './extract-meetings';
import { meetingSummary, mergedMeetings } from './fixtures/summary';
import { textArticle as article } from './fixtures/text-article';
import type { MeetingArticle } from './types';

const summary = meetingSummary;

describe('«накануне» and «напередодні» as "yesterday"', () => {
  it('reads them as the day before when a subject follows, and as "on the eve of" before a noun', () => {
    const ru = (text: string) => findDateMentions(text, { language: 'ru', published: '2025-03-05' });
    expect(ru('Накануне глава правительства встретился с послом.').map((d) => d.date.start)).toEqual(['2025-03-04']);
    expect(ru('Накануне также прошли консультации.').map((d) => d.date.start)).toEqual(['2025-03-04']);
    expect(ru('Накануне визита министр дал интервью.')).toEqual([]);
    const uk = findDateMentions('Напередодні міністри провели переговори.', {
      language: 'uk',
      published: '2025-03-05',
    });
    expect(uk.map((d) => d.date.start)).toEqual(['2025-03-04']);
  });

  it('keeps consultations told as held «накануне» with no one named, and dates «в тот же день» by them', () => {
    const text =
      'Накануне в Ташкенте состоялись консультации по линии МИД Казахстана и Узбекистана. В тот же день Иван Петров был принят министром Алишером Каримовым.';
    const found = summary(
      article('ru', '2025-03-05', text, { 'Иван Петров': 'person:ivan-petrov', 'Алишером Каримовым': 'person:a-k' }),
    );
    expect(found).toEqual([
      ['consultations', 'held', '2025-03-04', []],
      ['reception', 'held', '2025-03-04', ['a-k', 'ivan-petrov']],
    ]);
  });

  it('still reads «напередодні візиту» as the setting, not as a date', () => {
    const text = 'Напередодні візиту Петро Коваль провів телефонну розмову з Янеком Новаком.';
    const found = summary(
      article('uk', '2025-03-05', text, { 'Петро Коваль': 'person:p-k', 'Янеком Новаком': 'person:j-n' }),
    );
    expect(found).toEqual([['phone_call', 'held', '2025-03-05', ['j-n', 'p-k']]]);
  });
});

describe('two meetings and two dates in one clause', () => {
  it('gives each meeting the date nearest it (uk)', () => {
    const text =
      'У травні 2024 року Петро Коваль і Янек Новак зустрілися в Кракові, а в липні провели переговори у Львові.';
    const found = summary(
      article('uk', '2025-02-10', text, { 'Петро Коваль': 'person:p-k', 'Янек Новак': 'person:j-n' }),
    );
    expect(found).toEqual([
      ['meeting', 'held', '2024-05', ['j-n', 'p-k']],
      ['talks', 'held', '2024-07', ['j-n', 'p-k']],
    ]);
  });

  it('gives each meeting the date nearest it (en), and one date alone to both', () => {
    const two =
      'Anna Berg and Omar Said spoke by phone in January and met on the sidelines of a forum in Doha in March.';
    const names = { 'Anna Berg': 'person:anna-berg', 'Omar Said': 'person:omar-said' };
    expect(summary(article('en', '2025-06-10', two, names))).toEqual([
      ['phone_call', 'held', '2025-01', ['anna-berg', 'omar-said']],
      ['meeting', 'held', '2025-03', ['anna-berg', 'omar-said']],
    ]);
    const one = 'On Monday, Anna Berg met Omar Said and spoke by phone with Lea Roth.';
    expect(summary(article('en', '2025-06-11', one, { ...names, 'Lea Roth': 'person:lea-roth' }))).toEqual([
      ['meeting', 'held', '2025-06-09', ['anna-berg', 'omar-said']],
      ['phone_call', 'held', '2025-06-09', ['anna-berg', 'lea-roth']],
    ]);
  });
});

describe('a meeting that is only what was discussed', () => {
  it('makes no meeting of «обсудил повестку предстоящих встреч» and keeps the call dated to its day', () => {
    const text =
      'В минувшую пятницу Иван Петров в ходе телефонного разговора с Алишером Каримовым обсудил повестку предстоящих встреч в Ташкенте.';
    const found = summary(
      article('ru', '2025-03-12', text, { 'Иван Петров': 'person:ivan-petrov', 'Алишером Каримовым': 'person:a-k' }),
    );
    expect(found).toEqual([['phone_call', 'held', '2025-03-07', ['a-k', 'ivan-petrov']]]);
  });

  it('makes no visit of «обговорили підготовку візиту» or "discussed preparations for the visit"', () => {
    const uk = 'Вчора Петро Коваль і Янек Новак обговорили підготовку візиту.';
    expect(
      summary(article('uk', '2025-03-12', uk, { 'Петро Коваль': 'person:p-k', 'Янек Новак': 'person:j-n' })),
    ).toEqual([]);
    const en = 'Anna Berg discussed preparations for the upcoming visit with Omar Said.';
    const found = summary(
      article('en', '2025-03-12', en, { 'Anna Berg': 'person:anna-berg', 'Omar Said': 'person:omar-said' }),
    );
    expect(found.filter(([kind]) => kind === 'visit')).toEqual([]);
  });

  it('still finds the meeting in «обсудили на встрече»', () => {
    const text = 'Иван Петров и Алишер Каримов обсудили на встрече в Ташкенте поставки газа.';
    const found = summary(
      article('ru', '2025-03-12', text, { 'Иван Петров': 'person:ivan-petrov', 'Алишер Каримов': 'person:a-k' }),
    );
    expect(found).toEqual([['meeting', 'held', '2025-03-12', ['a-k', 'ivan-petrov']]]);
  });
});

describe('the day being reported, after a step back', () => {
  it('dates «earlier this week» from Monday to the day before the article, and a Monday article’s to that day', () => {
    const on = (language: 'en' | 'ru' | 'uk', published: string, text: string) =>
      findDateMentions(text, { language, published }).map((d) => d.date);
    expect(on('en', '2025-10-16', 'Earlier this week she met him.')).toEqual([
      { start: '2025-10-13', end: '2025-10-15' },
    ]);
    expect(on('ru', '2025-10-13', 'Ранее на неделе он встретился с послом.')).toEqual([{ start: '2025-10-13' }]);
    expect(on('uk', '2025-10-15', 'Раніше цього тижня він зустрівся з послом.')).toEqual([
      { start: '2025-10-13', end: '2025-10-14' },
    ]);
  });

  it('gives an undated meeting after «Напередодні …» the article’s day, not the day before', () => {
    const text =
      'Петро Коваль провів зустріч з Янеком Новаком. Напередодні відбулася телефонна розмова Петра Коваля з Анною Берг. Коваль обговорив з Омаром Саїдом ситуацію в регіоні.';
    const found = summary(
      article('uk', '2025-09-24', text, {
        'Петро Коваль': 'person:p-k',
        'Петра Коваля': 'person:p-k',
        Коваль: 'person:p-k',
        'Янеком Новаком': 'person:j-n',
        'Анною Берг': 'person:a-b',
        'Омаром Саїдом': 'person:o-s',
      }),
    );
    expect(found).toEqual([
      ['meeting', 'held', '2025-09-24', ['j-n', 'p-k']],
      ['phone_call', 'held', '2025-09-23', ['a-b', 'p-k']],
      ['meeting', 'held', '2025-09-24', ['o-s', 'p-k']],
    ]);
  });
});

describe('consultations and sittings that name no one', () => {
  const withStates = (a: MeetingArticle) =>
    mergedMeetings(a).map((m) => [m.kind, m.status, m.date?.start, [...m.organizations.keys()].sort()]);

  it('keeps dated consultations between named states, planned as well as held, with those states', () => {
    const text =
      'Political consultations between the foreign ministries of Chile and Peru are scheduled for early next month.';
    const found = withStates(article('en', '2025-05-22', text, { Chile: 'state:chile', Peru: 'state:peru' }));
    expect(found).toEqual([['consultations', 'planned', '2025-06', ['state:chile', 'state:peru']]]);
    const undated = 'Political consultations between the foreign ministries of Chile and Peru are planned.';
    expect(withStates(article('en', '2025-05-22', undated, { Chile: 'state:chile', Peru: 'state:peru' }))).toEqual([]);
  });

  it('gives «консультаций по линии МИД двух стран» the states of the lead meeting', () => {
    const text =
      'Иван Петров провел переговоры с Алишером Каримовым. Предыдущий раунд консультаций по линии МИД двух стран прошел в апреле 2023 года.';
    const found = withStates(
      article('ru', '2025-06-17', text, {
        'Иван Петров': { id: 'person:ivan-petrov', state: 'state:russia' },
        'Алишером Каримовым': { id: 'person:a-k', state: 'state:uzbekistan' },
      }),
    );
    expect(found).toContainEqual(['consultations', 'held', '2023-04', ['state:russia', 'state:uzbekistan']]);
  });

  it('reads "the commission held its last session in September 2023" as a sitting', () => {
    const text = 'The Chile-Peru intergovernmental commission held its last session in Lima in September 2023.';
    const found = withStates(article('en', '2025-08-05', text, { Chile: 'state:chile', Peru: 'state:peru' }));
    expect(found.map(([kind, status, date]) => [kind, status, date])).toEqual([['meeting', 'held', '2023-09']]);
  });
});

describe('«они», «вони», "they" and hyphenated commission names', () => {
  it('gives «они встречались» the pair the article was following', () => {
    const text =
      'Иван Петров и Алишер Каримов провели переговоры в Ташкенте. В октябре 2024 года они встречались в Москве.';
    const found = summary(
      article('ru', '2025-03-14', text, { 'Иван Петров': 'person:ivan-petrov', 'Алишер Каримов': 'person:a-k' }),
    );
    expect(found).toEqual([
      ['talks', 'held', '2025-03-14', ['a-k', 'ivan-petrov']],
      ['meeting', 'held', '2024-10', ['a-k', 'ivan-petrov']],
    ]);
    const en = 'Anna Berg held talks with Omar Said. In May they met in Lima.';
    expect(
      summary(article('en', '2025-09-01', en, { 'Anna Berg': 'person:anna-berg', 'Omar Said': 'person:omar-said' })),
    ).toEqual([
      ['talks', 'held', '2025-09-01', ['anna-berg', 'omar-said']],
      ['meeting', 'held', '2025-05', ['anna-berg', 'omar-said']],
    ]);
  });

  it('reads a sitting of a commission with a hyphenated name, naming no one', () => {
    const text = 'Очередное заседание российско-казахстанской межправительственной комиссии пройдет в мае в Астане.';
    const found = mergedMeetings(article('ru', '2025-03-14', text, {}));
    expect(found.map((m) => [m.kind, m.status, m.date?.start])).toEqual([['meeting', 'planned', '2025-05']]);
  });
});

describe('travel words as visits', () => {
  it('reads "is expected to travel to", «отправится в», «вирушить до» with a destination as planned visits', () => {
    const en = 'Anna Berg is expected to travel to Warsaw next week for talks with Omar Said.';
    expect(
      summary(article('en', '2025-05-22', en, { 'Anna Berg': 'person:anna-berg', 'Omar Said': 'person:omar-said' })),
    ).toEqual([
      ['visit', 'planned', '2025-05-26/2025-06-01', ['anna-berg']],
      ['talks', 'planned', '2025-05-26/2025-06-01', ['anna-berg', 'omar-said']],
    ]);
    const ru = 'В понедельник Иван Петров отправится в Астану.';
    expect(summary(article('ru', '2025-05-22', ru, { 'Иван Петров': 'person:ivan-petrov' }))).toEqual([
      ['visit', 'planned', '2025-05-26', ['ivan-petrov']],
    ]);
    const uk = 'Наступного тижня Петро Коваль вирушить до Варшави.';
    expect(summary(article('uk', '2025-05-22', uk, { 'Петро Коваль': 'person:p-k' }))).toEqual([
      ['visit', 'planned', '2025-05-26/2025-06-01', ['p-k']],
    ]);
  });

  it('makes no visit of travel with no one travelling, or with nowhere known', () => {
    const text = 'Visa-free travel to Germany remains popular. Anna Berg likes to travel.';
    expect(
      summary(article('en', '2025-05-22', text, { 'Anna Berg': 'person:anna-berg', Germany: 'state:germany' })),
    ).toEqual([]);
  });
});

describe('informal meetings of leaders', () => {
  it('reads «принял участие в неформальной встрече лидеров» as a summit of the one the article follows', () => {
    const text =
      'Иван Петров провел переговоры с Алишером Каримовым. Накануне глава государства также принял участие в неформальной встрече лидеров СНГ.';
    const found = summary(
      article('ru', '2025-10-10', text, {
        'Иван Петров': 'person:ivan-petrov',
        'Алишером Каримовым': 'person:a-k',
        СНГ: 'organization:cis',
      }),
    );
    expect(found).toContainEqual(['summit', 'held', '2025-10-09', ['ivan-petrov']]);
  });

  it('leaves «договорились о встрече глав правительств» a meeting, and reads "an informal meeting of the leaders" in English', () => {
    const ru = 'Стороны договорились о встрече глав правительств в апреле.';
    expect(summary(article('ru', '2025-03-13', ru, {})).map(([kind]) => kind)).not.toContain('summit');
    const en = 'Anna Berg attended an informal meeting of the leaders of the CIS on Friday.';
    expect(
      summary(article('en', '2025-10-13', en, { 'Anna Berg': 'person:anna-berg', CIS: 'organization:cis' })),
    ).toEqual([['summit', 'held', '2025-10-10', ['anna-berg']]]);
  });
});

describe('a commission sitting beside the talks', () => {
  it('keeps talks and the sitting the same two co-chaired apart', () => {
    const text =
      'Anna Berg held talks with Omar Said in Lima. Berg and Said then co-chaired the third meeting of the Chile-Peru Intergovernmental Commission.';
    const found = summary(
      article('en', '2025-04-16', text, {
        'Anna Berg': 'person:anna-berg',
        Berg: 'person:anna-berg',
        'Omar Said': 'person:omar-said',
        Said: 'person:omar-said',
      }),
    );
    expect(found).toEqual([
      ['talks', 'held', '2025-04-16', ['anna-berg', 'omar-said']],
      ['meeting', 'held', '2025-04-16', ['anna-berg', 'omar-said']],
    ]);
  });

  it('starts a new clause at ", and the two presidents", so the sitting is theirs', () => {
    const text =
      'President Anna Berg held talks with President Omar Said. During the visit, Berg also met with Lea Roth, and the two presidents co-chaired the first meeting of the Supreme Council.';
    const found = summary(
      article('en', '2025-07-02', text, {
        'Anna Berg': { id: 'person:anna-berg', state: 'state:chile' },
        Berg: { id: 'person:anna-berg', state: 'state:chile' },
        'Omar Said': { id: 'person:omar-said', state: 'state:peru' },
        'Lea Roth': 'person:lea-roth',
      }),
    );
    expect(found).toContainEqual(['meeting', 'held', '2025-07-02', ['anna-berg', 'lea-roth']]);
    expect(found).toContainEqual(['meeting', 'held', '2025-07-02', ['anna-berg', 'omar-said']]);
    expect(found.filter(([, , , people]) => (people as string[]).includes('lea-roth'))).toHaveLength(1);
  });
});

describe('a meeting repeated with its verb left out', () => {
  it('reads «…, а в декабре – на полях форума» as the same pair meeting again, in that December', () => {
    const text =
      'Иван Петров и Алишер Каримов провели переговоры. В октябре 2024 года они встречались в Москве, а в декабре – на полях форума в Дохе.';
    const found = summary(
      article('ru', '2025-03-14', text, { 'Иван Петров': 'person:ivan-petrov', 'Алишер Каримов': 'person:a-k' }),
    );
    expect(found).toEqual([
      ['talks', 'held', '2025-03-14', ['a-k', 'ivan-petrov']],
      ['meeting', 'held', '2024-10', ['a-k', 'ivan-petrov']],
      ['meeting', 'held', '2024-12', ['a-k', 'ivan-petrov']],
    ]);
  });

  it('makes no second meeting of a second date that has its own verb', () => {
    const text = 'В октябре 2024 года Иван Петров встретился с Алишером Каримовым, а в декабре подписал соглашение.';
    const found = summary(
      article('ru', '2025-03-14', text, { 'Иван Петров': 'person:ivan-petrov', 'Алишером Каримовым': 'person:a-k' }),
    );
    expect(found).toEqual([['meeting', 'held', '2024-10', ['a-k', 'ivan-petrov']]]);
  });
});

describe('a counterpart named before the call word', () => {
  it('puts the one the article follows into "the minister talked with X by phone", and no meeting of "about the preparations for the meeting"', () => {
    const text =
      'Anna Berg received Lea Roth on Monday. On 4 December, the minister talked with Omar Said by phone about the preparations for the meeting.';
    const found = summary(
      article('en', '2024-12-09', text, {
        'Anna Berg': 'person:anna-berg',
        'Lea Roth': 'person:lea-roth',
        'Omar Said': 'person:omar-said',
      }),
    );
    expect(found).toEqual([
      ['reception', 'held', '2024-12-09', ['anna-berg', 'lea-roth']],
      ['phone_call', 'held', '2024-12-04', ['anna-berg', 'omar-said']],
    ]);
  });

  it('keeps the head of a delegation «во главе с» its subject, with no one carried in', () => {
    const text =
      'Иван Петров принял Алишера Каримова. Делегация во главе с министром Омаром Саидовым провела консультации с коллегами.';
    const found = extractMeetings(
      article('ru', '2025-03-12', text, {
        'Иван Петров': 'person:ivan-petrov',
        'Алишера Каримова': 'person:a-k',
        'Омаром Саидовым': 'person:o-s',
      }),
    );
    const consultations = found.find((c) => c.kind === 'consultations');
    expect(consultations?.persons.map((p) => p.nodeId)).toEqual(['person:o-s']);
  });
});
