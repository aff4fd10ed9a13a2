/**
 * Meeting rules for shapes of reporting met in eval/dev5 (people who attended the meeting just told), each
 * on small texts of our own: names listed per test, dates found by the real date finder.
 */
import { describe, expect, it } from 'vitest';
import { meetingSummary, mergedMeetings } from './fixtures/summary';
import { textArticle as article } from './fixtures/text-article';
import type { MeetingArticle } from './types';

const summary = meetingSummary;

describe('"the meeting was attended by": more people at the meeting just told', () => {
  it('makes no second meeting of the attendees (en)', () => {
    const text =
      'Anna Berg met with Lea Roth in Vienna on Monday. The meeting was attended by Deputy Minister Omar Said and Ambassador Karl Weiss.';
    const found = summary(
      article('en', '2025-04-22', text, {
        'Anna Berg': 'person:anna-berg',
        'Lea Roth': 'person:lea-roth',
        'Omar Said': 'person:omar-said',
        'Karl Weiss': 'person:karl-weiss',
      }),
    );
    expect(found).toEqual([['meeting', 'held', '2025-04-21', ['anna-berg', 'lea-roth']]]);
  });

  it('makes no second meeting of «Во встрече также участвовали» (ru), nor of «У зустрічі взяли участь» (uk)', () => {
    const ru =
      'Иван Петров провел переговоры с Алишером Каримовым. Во встрече также участвовали Омар Саидов и Карл Вайс.';
    expect(
      summary(
        article('ru', '2025-02-17', ru, {
          'Иван Петров': 'person:ivan-petrov',
          'Алишером Каримовым': 'person:a-k',
          'Омар Саидов': 'person:o-s',
          'Карл Вайс': 'person:k-w',
        }),
      ),
    ).toEqual([['talks', 'held', '2025-02-17', ['a-k', 'ivan-petrov']]]);
    const uk = 'Петро Коваль зустрівся з Янеком Новаком. У зустрічі взяли участь Олег Бондар і Карл Вайс.';
    expect(
      summary(
        article('uk', '2025-02-17', uk, {
          'Петро Коваль': 'person:p-k',
          'Янеком Новаком': 'person:j-n',
          'Олег Бондар': 'person:o-b',
          'Карл Вайс': 'person:k-w',
        }),
      ),
    ).toEqual([['meeting', 'held', '2025-02-17', ['j-n', 'p-k']]]);
  });

  it('still makes a meeting of an attended meeting told first', () => {
    const text = 'The meeting of the commission in Vienna on Monday was attended by Anna Berg and Lea Roth.';
    const found = summary(
      article('en', '2025-04-22', text, { 'Anna Berg': 'person:anna-berg', 'Lea Roth': 'person:lea-roth' }),
    );
    expect(found.length).toBe(1);
  });
});

describe('calls told with "with" again, and calls with the group just followed', () => {
  it('makes a call with each counterpart of "with X and with Y" (en, ru)', () => {
    const en = 'On the same day, Anna Berg held a phone call with Lea Roth and with Minister of State Omar Said.';
    expect(
      summary(
        article('en', '2025-07-06', en, {
          'Anna Berg': 'person:anna-berg',
          'Lea Roth': 'person:lea-roth',
          'Omar Said': 'person:omar-said',
        }),
      ),
    ).toEqual([
      ['phone_call', 'held', '2025-07-06', ['anna-berg', 'lea-roth']],
      ['phone_call', 'held', '2025-07-06', ['anna-berg', 'omar-said']],
    ]);
    const ru = 'Иван Петров провел телефонный разговор с Алишером Каримовым и с Омаром Саидовым.';
    expect(
      summary(
        article('ru', '2025-07-06', ru, {
          'Иван Петров': 'person:ivan-petrov',
          'Алишером Каримовым': 'person:a-k',
          'Омаром Саидовым': 'person:o-s',
        }),
      ),
    ).toEqual([
      ['phone_call', 'held', '2025-07-06', ['a-k', 'ivan-petrov']],
      ['phone_call', 'held', '2025-07-06', ['ivan-petrov', 'o-s']],
    ]);
  });

  it('keeps one call with "with X and Y"', () => {
    const en = 'Anna Berg held a video call with Lea Roth and Omar Said.';
    const found = summary(
      article('en', '2025-07-06', en, {
        'Anna Berg': 'person:anna-berg',
        'Lea Roth': 'person:lea-roth',
        'Omar Said': 'person:omar-said',
      }),
    );
    expect(found).toEqual([['video_call', 'held', '2025-07-06', ['anna-berg', 'lea-roth', 'omar-said']]]);
  });

  it('reads "spoke by phone with both ministers" as a call with the two the article follows', () => {
    const en =
      'Lea Roth and Omar Said met on Tuesday in Valletta. Earlier in the day, Karl Weiss spoke by phone with both ministers.';
    const found = summary(
      article('en', '2025-03-18', en, {
        'Lea Roth': 'person:lea-roth',
        'Omar Said': 'person:omar-said',
        'Karl Weiss': 'person:karl-weiss',
      }),
    );
    expect(found).toEqual([
      ['meeting', 'held', '2025-03-18', ['lea-roth', 'omar-said']],
      ['phone_call', 'held', '2025-03-18', ['karl-weiss', 'lea-roth', 'omar-said']],
    ]);
  });
});

describe("a meeting with a state's delegation and no one named on its side", () => {
  const withState = (a: MeetingArticle) =>
    mergedMeetings(a).map((m) => [m.kind, m.date?.start, [...m.persons.keys(), ...m.organizations.keys()].sort()]);

  it('keeps "X, chairman of …, met the Austrian delegation separately", with Austria as the other side (en)', () => {
    const text =
      'Later, Anna Berg was received by Lea Roth. F. Muradov, Chairman of the State Committee on Work with Diaspora, met the Austrian delegation separately.';
    const found = withState(
      article('en', '2025-04-22', text, {
        'Anna Berg': 'person:anna-berg',
        'Lea Roth': 'person:lea-roth',
        'F. Muradov': 'person:f-muradov',
        Austrian: 'state:austria',
      }),
    );
    expect(found).toEqual([
      ['reception', '2025-04-22', ['person:anna-berg', 'person:lea-roth']],
      ['meeting', '2025-04-22', ['person:f-muradov', 'state:austria']],
    ]);
  });

  it('keeps «встретился с австрийской делегацией» (ru), and still drops an undated meeting of one person alone', () => {
    const ru = 'Иван Петров принял Карла Вайса. Позднее Омар Саидов встретился с австрийской делегацией.';
    const found = withState(
      article('ru', '2025-04-22', ru, {
        'Иван Петров': 'person:ivan-petrov',
        'Карла Вайса': 'person:k-w',
        'Омар Саидов': 'person:o-s',
        австрийской: 'state:austria',
      }),
    );
    expect(found).toContainEqual(['meeting', '2025-04-22', ['person:o-s', 'state:austria']]);
    const alone = withState(
      article('ru', '2025-04-22', 'Иван Петров принял Карла Вайса. Позднее Омар Саидов встретился с журналистами.', {
        'Иван Петров': 'person:ivan-petrov',
        'Карла Вайса': 'person:k-w',
        'Омар Саидов': 'person:o-s',
      }),
    );
    expect(alone.length).toBe(1);
  });
});

describe('a visit told in a participle before a delegation "led by" its head', () => {
  it('gives the visit to the head of the delegation, not to the host (ru)', () => {
    const ru =
      'Анна Петрова встретилась с находящейся с официальным визитом в Азербайджане делегацией во главе с председателем парламента Карлом Вайсом.';
    expect(
      summary(
        article('ru', '2025-09-23', ru, {
          'Анна Петрова': 'person:a-p',
          'Карлом Вайсом': 'person:k-w',
          Азербайджане: 'state:azerbaijan',
        }),
      ),
    ).toEqual([
      ['meeting', 'held', '2025-09-23', ['a-p', 'k-w']],
      ['visit', 'held', '2025-09-23', ['k-w']],
    ]);
  });
});
