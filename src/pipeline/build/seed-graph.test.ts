/** The real seed corpus, built as `npm run build:data` builds it, checked against the contract and the seed facts. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isIsoDate, isOrderedPair } from '../../shared/dates/iso';
import { checkGraph } from '../../shared/graph/invariants';
import type { Graph, MeetingNode, PersonNode } from '../../shared/graph/schema';
import { loadCorpus } from '../articles/load-corpus';
import { loadCatalogue } from '../entities';
import { buildGraph } from './build-graph';
import { loadReviews } from './reviews';
import { serializeGraph } from './serialize';

let graph: Graph;
let bytes: string;

function build(): Graph {
  return buildGraph({
    articles: loadCorpus('data/articles'),
    catalogue: loadCatalogue('data/curated'),
    reviews: loadReviews('data/reviews'),
  });
}

beforeAll(() => {
  graph = build();
  bytes = serializeGraph(graph);
}, 60_000);

const meetings = () => graph.nodes.filter((n): n is MeetingNode => n.type === 'meeting');
const participantsOf = (id: string) =>
  graph.edges.filter((e) => e.type === 'participant' && e.target === id).map((e) => e.source);

/** The one meeting of a kind with exactly these people (as person ids). */
function meetingWith(kind: string, people: string[], date?: string): MeetingNode {
  const found = meetings().filter(
    (m) =>
      m.kind === kind &&
      (date === undefined || m.date?.start === date) &&
      participantsOf(m.id)
        .filter((p) => p.startsWith('person:'))
        .sort()
        .join() ===
        people
          .map((p) => `person:${p}`)
          .sort()
          .join(),
  );
  expect(found, `${kind} of ${people.join(', ')}`).toHaveLength(1);
  return found[0]!;
}

const partOf = (id: string) => graph.edges.filter((e) => e.type === 'part_of' && e.source === id).map((e) => e.target);

describe('the seed graph', () => {
  it('meets every contract invariant', () => {
    expect(checkGraph(JSON.parse(bytes))).toMatchObject({ ok: true });
    const texts = new Map(graph.articles.map((a) => [a.id, a.text]));
    for (const edge of graph.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const ev of edge.evidence) expect(texts.get(ev.article)!.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    const ids = [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of meetings()) {
      if (!m.date) continue;
      expect(isIsoDate(m.date.start)).toBe(true);
      if (m.date.end) expect(isOrderedPair(m.date.start, m.date.end)).toBe(true);
    }
  });

  it('is byte-for-byte the same on a second build, and is what is committed', () => {
    expect(serializeGraph(build())).toBe(bytes);
    expect(readFileSync('data/graph.json', 'utf8')).toBe(bytes);
  });

  it('has the nineteen officials, each once, with a role and a state', () => {
    const people = graph.nodes.filter((n): n is PersonNode => n.type === 'person');
    const surnames = [
      'mishchenko', 'zeynalov', 'baylarbayov', 'ismailzade', 'bayramov', 'hajiyev', 'sharifov', 'guliyev',
      'abdullayev', 'akhundov', 'galuzin', 'putin', 'aliyev', 'asadov', 'bektenov', 'tokayev', 'lukashenko',
      'khrenin', 'evdokimov',
    ]; // prettier-ignore
    for (const surname of surnames) {
      const found = people.filter((p) => p.id.endsWith(`-${surname}`));
      expect(found, surname).toHaveLength(1);
      expect(
        found[0]!.roles.some((r) => r.state !== undefined),
        `${surname} has a role with a state`,
      ).toBe(true);
    }
    const labels = people.map((p) => p.label.en);
    expect(new Set(labels).size).toBe(labels.length);
    // A bare "Президент" folds into the one President role with a state, keeping its quotes.
    const aliyev = people.find((p) => p.id === 'person:ilham-aliyev')!;
    expect(aliyev.roles.map((r) => [r.title.en, r.state])).toEqual([['President', 'state:azerbaijan']]);
    expect(new Set(aliyev.roles[0]!.evidence!.map((e) => e.article)).size).toBeGreaterThan(2);
    const tokayev = people.find((p) => p.id.endsWith('-tokayev'))!;
    expect(tokayev.review).toMatchObject({ state: 'corrected' });
  });

  it("has Mishchenko's working visit and the meetings within it, by day", () => {
    const visit = meetingWith('visit', ['oleksandr-mishchenko']);
    expect(visit).toMatchObject({ status: 'held', date: { start: '2025-02-19', end: '2025-02-20' } });
    const day = (kind: string, other: string[], date: string) => {
      const m = meetingWith(kind, ['oleksandr-mishchenko', ...other]);
      expect(m.date).toEqual({ start: date });
      expect(partOf(m.id)).toContain(visit.id);
    };
    day('meeting', ['orkhan-zeynalov', 'vitaliy-baylarbayov'], '2025-02-19');
    day('meeting', ['fariz-ismailzade'], '2025-02-19');
    day('meeting', ['jeyhun-bayramov'], '2025-02-20');
    day('meeting', ['hikmet-hajiyev'], '2025-02-20');
    day('consultations', ['samir-sharifov'], '2025-02-20');
    day('meeting', ['elchin-guliyev'], '2025-02-20');
    day('talks', ['hidayat-abdullayev'], '2025-02-20');
    day('meeting', ['anar-akhundov'], '2025-02-20');
    const sharifov = meetingWith('consultations', ['oleksandr-mishchenko', 'samir-sharifov']);
    expect(
      graph.edges.some((e) => e.type === 'discussed' && e.source === sharifov.id && e.target === 'organization:guam'),
    ).toBe(true);
  });

  it('has the Galuzin consultations and reception at month precision, and the Dushanbe meeting on the CIS sidelines', () => {
    expect(meetingWith('consultations', ['mikhail-galuzin', 'samir-sharifov'])).toMatchObject({
      date: { start: '2025-10' },
      place: 'Baku',
      status: 'held',
    });
    expect(meetingWith('reception', ['mikhail-galuzin', 'hikmet-hajiyev']).date).toEqual({ start: '2025-10' });
    const dushanbe = meetingWith('meeting', ['vladimir-putin', 'ilham-aliyev'], '2025-10-09');
    const summits = meetings().filter((m) => m.kind === 'summit' && participantsOf(m.id).includes('organization:cis'));
    expect(summits).toHaveLength(1);
    expect(summits[0]).toMatchObject({ date: { start: '2025-10-09' }, place: 'Dushanbe' });
    expect(dushanbe.date).toEqual({ start: '2025-10-09' });
    expect(partOf(dushanbe.id)).toEqual([summits[0]!.id]);
  });

  it('has the Asadov–Bektenov talks within the official visit, and the Fuzuli opening a year before', () => {
    const visit = meetingWith('visit', ['olzhas-bektenov']);
    const talks = meetingWith('talks', ['ali-asadov', 'olzhas-bektenov']);
    expect(talks).toMatchObject({ date: { start: '2025-03-03' }, place: 'Baku', status: 'held' });
    expect(partOf(talks.id)).toEqual([visit.id]);
    expect(meetingWith('meeting', ['ilham-aliyev', 'kassym-jomart-tokayev'])).toMatchObject({
      date: { start: '2024-03' },
      dateText: 'в марте прошлого года',
      place: 'Fuzuli',
    });
  });

  it('has the Aliyev–Lukashenko call, the April visit with its talks, and Khrenin received in May', () => {
    expect(meetingWith('phone_call', ['ilham-aliyev', 'alexander-lukashenko'])).toMatchObject({
      date: { start: '2021-05-22' },
      status: 'held',
    });
    const visit = meetingWith('visit', ['alexander-lukashenko']);
    expect(visit.date).toEqual({ start: '2021-04' });
    const talks = meetingWith('talks', ['ilham-aliyev', 'alexander-lukashenko']);
    expect(talks.date).toEqual({ start: '2021-04' });
    expect(partOf(talks.id)).toEqual([visit.id]);
    const khrenin = meetingWith('visit', ['viktor-khrenin']);
    expect(khrenin.date).toEqual({ start: '2021-05' });
    const received = meetingWith('reception', ['ilham-aliyev', 'viktor-khrenin']);
    expect(partOf(received.id)).toEqual([khrenin.id]);
  });

  it("has Putin's planned state visit and the Astana meeting at the SCO summit in early July", () => {
    expect(meetingWith('visit', ['vladimir-putin'])).toMatchObject({
      status: 'planned',
      date: { start: '2024-08-18', end: '2024-08-19' },
    });
    const astana = meetingWith('meeting', ['vladimir-putin', 'ilham-aliyev'], '2024-07');
    expect(astana).toMatchObject({ date: { start: '2024-07' }, dateText: 'в начале июля', place: 'Astana' });
    const [summit] = partOf(astana.id);
    expect(participantsOf(summit!)).toEqual(['organization:sco']);
  });

  it('never takes a meeting from the "read also" links', () => {
    const sputnik = graph.articles.find((a) => a.id.includes('sputnik'))!;
    const links = sputnik.text.indexOf('Читайте также');
    for (const edge of graph.edges) {
      for (const ev of edge.evidence) if (ev.article === sputnik.id) expect(ev.start).toBeLessThan(links);
    }
  });

  it('records the hand checks as review states, and leaves the undated-by-text meetings unreviewed', () => {
    const states = new Map(meetings().map((m) => [m.id, m.review?.state]));
    expect(states.get(meetingWith('consultations', ['oleksandr-mishchenko', 'samir-sharifov']).id)).toBe('accepted');
    expect(states.get(meetingWith('meeting', ['oleksandr-mishchenko', 'elchin-guliyev']).id)).toBe('unreviewed');
    expect(graph.edges.every((e) => e.review !== undefined)).toBe(true);
  });
});
