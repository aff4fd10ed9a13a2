/**
 * "The sides also discussed …" after a meeting: the states and organizations named as its subjects,
 * on small texts of our own (names listed per test, dates found by the real date finder), and on the
 * real Galuzin seed article through the real entity extraction.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { buildGraph } from '../build/build-graph';
import { loadCatalogue } from '../entities';
import { extractMeetings } from './extract-meetings';
import { textArticle as article } from './fixtures/text-article';
import type { MeetingCandidate } from './types';

const topics = (c: MeetingCandidate) => c.discussed.map((d) => d.nodeId).sort();
const people = (c: MeetingCandidate) => c.persons.map((p) => p.nodeId.split(':')[1]).sort();

describe('discussed subjects after a meeting', () => {
  it('takes the third states and organizations a Russian discussion sentence names, not the sides', () => {
    const text =
      'Джейхун Байрамов провел переговоры с Макой Бочоришвили. ' +
      'Стороны также обсудили нормализацию отношений между Азербайджаном и Арменией и работу ГУАМ.';
    const found = extractMeetings(
      article('ru', '2025-03-12', text, {
        'Джейхун Байрамов': { id: 'person:jeyhun-bayramov', state: 'state:azerbaijan' },
        'Макой Бочоришвили': { id: 'person:maka-botchorishvili', state: 'state:georgia' },
        Азербайджаном: 'state:azerbaijan',
        Арменией: 'state:armenia',
        ГУАМ: 'organization:guam',
      }),
    );
    expect(found).toHaveLength(1);
    expect(topics(found[0]!)).toEqual(['organization:guam', 'state:armenia']);
    const evidence = found[0]!.discussed[0]!.evidence[0]!;
    expect(text.slice(evidence.start, evidence.end)).toMatch(/^Стороны также обсудили.*ГУАМ\.$/u);
  });

  it('reads «обмінялися думками» in Ukrainian and ignores a discussion by someone outside the meeting', () => {
    const text =
      'Андрій Сибіга зустрівся з Маргусом Цахкною. Сторони обмінялися думками щодо ситуації в Молдові. ' +
      'Згодом Кая Каллас обговорила ситуацію в Грузії.';
    const found = extractMeetings(
      article('uk', '2025-06-02', text, {
        'Андрій Сибіга': { id: 'person:andrii-sybiha', state: 'state:ukraine' },
        'Маргусом Цахкною': { id: 'person:margus-tsahkna', state: 'state:estonia' },
        'Кая Каллас': 'person:kaja-kallas',
        Молдові: 'state:moldova',
        Грузії: 'state:georgia',
      }),
    );
    expect(found.map((c) => [c.kind, people(c), topics(c)])).toEqual([
      ['meeting', ['andrii-sybiha', 'margus-tsahkna'], ['state:moldova']],
    ]);
  });

  it('passes over a planned next round and an old background meeting to the meeting held', () => {
    const text =
      'On 4 June, Jeyhun Bayramov held talks with Margus Tsahkna in Baku. ' +
      'In April 2021, Bayramov and Tsahkna had met in Tallinn. ' +
      'The ministers agreed to hold the next round of consultations in Tallinn in the autumn. ' +
      'They also exchanged views on the situation in Iran and on the work of the OSCE.';
    const found = extractMeetings(
      article('en', '2025-06-05', text, {
        'Jeyhun Bayramov': { id: 'person:jeyhun-bayramov', state: 'state:azerbaijan' },
        Bayramov: { id: 'person:jeyhun-bayramov', state: 'state:azerbaijan' },
        'Margus Tsahkna': { id: 'person:margus-tsahkna', state: 'state:estonia' },
        Tsahkna: { id: 'person:margus-tsahkna', state: 'state:estonia' },
        Iran: 'state:iran',
        OSCE: 'organization:osce',
      }),
    );
    const withTopics = found.filter((c) => c.discussed.length > 0);
    expect(withTopics.map((c) => [c.kind, c.status, c.date?.start, topics(c)])).toEqual([
      ['talks', 'held', '2025-06-04', ['organization:osce', 'state:iran']],
    ]);
  });

  it('leaves a sentence alone that names a meeting word of its own, or that comes before any meeting', () => {
    const text =
      'Stakeholders discussed Iran at length. ' +
      'Ilham Aliyev met Alexander Lukashenko. ' +
      'They discussed the agreements reached during the visit of the President of Belarus to Armenia.';
    const found = extractMeetings(
      article('en', '2025-06-05', text, {
        'Ilham Aliyev': { id: 'person:ilham-aliyev', state: 'state:azerbaijan' },
        'Alexander Lukashenko': { id: 'person:alexander-lukashenko', state: 'state:belarus' },
        Iran: 'state:iran',
        Armenia: 'state:armenia',
      }),
    );
    expect(found.flatMap((c) => c.discussed)).toEqual([]);
  });
});

describe('discussed subjects in the Galuzin seed article', () => {
  it('gives the Baku consultations Armenia and the CIS as subjects, from their own sentences', () => {
    const articles = loadCorpus('data/articles').filter((a) => a.id === '2025-10-galuzin-consultations-baku');
    const graph = buildGraph({ articles, catalogue: loadCatalogue('data/curated'), reviews: [], layout: false });
    const consultations = graph.nodes.find((n) => n.type === 'meeting' && n.kind === 'consultations')!;
    const discussed = graph.edges.filter((e) => e.type === 'discussed' && e.source === consultations.id);
    expect(discussed.map((e) => e.target).sort()).toEqual(['organization:cis', 'state:armenia']);
    const armenia = discussed.find((e) => e.target === 'state:armenia')!;
    expect(armenia.evidence.map((e) => e.quote)).toEqual([
      expect.stringMatching(/^Дипломаты также обсудили ряд вопросов региональной повестки.*2020-2022 годов\.$/u),
    ]);
    // The Putin–Aliyev meeting the quotation recalls gets no subjects from the diplomats' sentence.
    expect(graph.edges.filter((e) => e.type === 'discussed' && e.source !== consultations.id)).toEqual([]);
  });
});
