import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphSchema } from '../../shared/graph/schema';
import { parseGold } from './gold';
import { scoreSet } from './score';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// A hand-made graph for one article: talks found twice (once as a duplicate), a background
// visit at the wrong precision, a call read from a "read also" line, and missed consultations.
const graph = GraphSchema.parse(JSON.parse(fixture('talks-visit-duplicate-and-furniture-call.graph.json')));
const text = graph.articles[0]!.text;
const gold = parseGold(fixture('talks-visit-duplicate-and-furniture-call.gold.yaml'), text, 'fixture.gold.yaml');
const known = new Set(['person:jeyhun-bayramov']);
const result = scoreSet(graph, [{ id: gold.article, language: 'ru', gold }], known);
const [article] = result.articles;

describe('scoring people', () => {
  it('finds officials by an alias in an oblique case and reports none missed', () => {
    expect(article!.people).toMatchObject({ required: 2, found: 2, missed: [] });
  });

  it('checks the state from roles and names the official without one', () => {
    expect(article!.people.stateRight).toBe(1);
    expect(article!.people.wrongState).toEqual([{ name: 'Jeyhun Bayramov', expected: 'state:azerbaijan', got: [] }]);
  });

  it('counts only people unknown before as created, and flags one read from page furniture', () => {
    expect(article!.people.created).toBe(2);
    expect(article!.people.createdReal).toBe(1);
    expect(article!.people.unreal).toEqual([
      { id: 'person:ilham-aliyev', label: 'Ilham Aliyev', why: 'named only in page furniture' },
    ]);
  });
});

describe('spotting a missed link', () => {
  it('reports a created person who was already known under another node', () => {
    const knownTwin = new Set([...known, 'person:margus-tsahkna-known']);
    const withTwin = {
      ...graph,
      nodes: [
        ...graph.nodes,
        {
          id: 'person:margus-tsahkna-known',
          type: 'person' as const,
          label: { en: 'Margus Tsahkna' },
          aliases: [],
          roles: [],
        },
      ],
    };
    const [scored] = scoreSet(withTwin, [{ id: gold.article, language: 'ru', gold }], knownTwin).articles;
    expect(scored!.people.duplicatesKnown).toEqual([
      { id: 'person:margus-tsahkna', known: 'person:margus-tsahkna-known' },
    ]);
    expect(article!.people.duplicatesKnown).toEqual([]);
  });
});

describe('scoring meetings', () => {
  it('matches talks and the visit by participant, and misses the consultations', () => {
    expect(article!.meetings.required).toBe(3);
    expect(article!.meetings.found).toBe(2);
    expect(article!.meetings.missed.map((m) => m.kind)).toEqual(['consultations']);
  });

  it('counts a second node for the same talks as real but as a duplicate, and the furniture call as unreal', () => {
    expect(article!.meetings).toMatchObject({ extracted: 4, extractedReal: 3, duplicates: 1 });
    expect(article!.meetings.unreal.map((m) => m.id)).toEqual(['meeting:furniture-call']);
  });

  it('calls a date right only at the gold precision', () => {
    expect(article!.meetings).toMatchObject({ dateChecked: 2, dateRight: 1 });
    expect(article!.meetings.wrongDate).toEqual([
      { evidence: 'В апреле 2021 года Цахкна посетил Баку', expected: '2021-04', got: '2021' },
    ]);
  });

  it('prefers the node with the exact date when two could stand for one gold meeting', () => {
    expect(article!.meetings.unreal.map((m) => m.id)).not.toContain('meeting:talks');
    expect(article!.meetings.wrongDate.map((w) => w.got)).not.toContain('2025-03');
  });
});

describe('checking participants', () => {
  it('calls participants right when the graph seats exactly the named ones', () => {
    expect(article!.meetings).toMatchObject({ participantsRight: 2, wrongParticipants: [] });
  });

  it('names a participant the text does not give the meeting', () => {
    const soloTalks = fixture('talks-visit-duplicate-and-furniture-call.gold.yaml').replace(
      'participants: [Margus Tsahkna, Jeyhun Bayramov]',
      'participants: [Margus Tsahkna]',
    );
    const altered = parseGold(soloTalks, text, 'solo-talks.gold.yaml');
    const [scored] = scoreSet(graph, [{ id: altered.article, language: 'ru', gold: altered }], known).articles;
    expect(scored!.meetings.wrongParticipants).toEqual([
      { evidence: 'Маргус Цахкна провел переговоры с Джейхуном Байрамовым', missing: [], extra: ['Jeyhun Bayramov'] },
    ]);
  });
});

describe('summing figures', () => {
  it('gives each figure its hits and total, by language and overall', () => {
    expect(result.overall.officialsFound).toEqual({ hits: 2, total: 2, value: 1 });
    expect(result.overall.createdMeetingsReal).toEqual({ hits: 3, total: 4, value: 0.75 });
    expect(result.byLanguage.ru).toEqual(result.overall);
  });

  it('leaves a figure with nothing to measure empty rather than perfect', () => {
    const empty = scoreSet(graph, [], known);
    expect(empty.overall.meetingsFound.value).toBeNull();
  });
});

describe('scoring a wrong date and a meeting without its people', () => {
  // A call with the right people dated a day late, and consultations read from the right
  // sentence with neither named head of delegation.
  const other = GraphSchema.parse(JSON.parse(fixture('wrong-day-call-and-consultations-without-people.graph.json')));
  const otherGold = parseGold(
    fixture('wrong-day-call-and-consultations-without-people.gold.yaml'),
    other.articles[0]!.text,
    'fixture.gold.yaml',
  );
  const [scored] = scoreSet(other, [{ id: otherGold.article, language: 'ru', gold: otherGold }], new Set()).articles;

  it('counts the call as found with a wrong date, not as missed and invented', () => {
    expect(scored!.meetings.missed.map((m) => m.kind)).toEqual(['consultations']);
    expect(scored!.meetings.wrongDate).toEqual([
      {
        evidence: 'Маргус Цахкна провел телефонный разговор с Джейхуном Байрамовым',
        expected: '2025-03-14',
        got: '2025-03-15',
      },
    ]);
  });

  it('counts the consultations node as real but not as finding them, since it names neither participant', () => {
    expect(scored!.meetings).toMatchObject({ extracted: 2, extractedReal: 2, found: 1, unreal: [] });
    expect(scored!.meetings.partial.map((p) => p.id)).toEqual(['meeting:consultations-without-people']);
  });
});

describe('accepting another kind the words support', () => {
  it('pairs a call with gold talks only when the gold accepts a call', () => {
    const other = GraphSchema.parse(JSON.parse(fixture('wrong-day-call-and-consultations-without-people.graph.json')));
    const yaml = fixture('wrong-day-call-and-consultations-without-people.gold.yaml').replace(
      'kind: phone_call',
      'kind: talks',
    );
    const found = (text: string) => {
      const altered = parseGold(text, other.articles[0]!.text, 'talks.gold.yaml');
      return scoreSet(other, [{ id: altered.article, language: 'ru', gold: altered }], new Set()).articles[0]!.meetings
        .found;
    };
    expect(found(yaml)).toBe(0);
    expect(found(yaml.replace('kind: talks', 'kind: talks\n    acceptKinds: [phone_call]'))).toBe(1);
  });
});
