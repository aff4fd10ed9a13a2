import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../articles/article-file';
import { checkGraph } from '../../shared/graph/invariants';
import { articleFileContent, articleFileName, generateCorpus } from './corpus';
import { buildTruthGraph } from './truth-graph';

const small = generateCorpus({ articles: 300, seed: 11 });

describe('generateCorpus', () => {
  it('gives the same files for the same seed, and other files for another seed', () => {
    const again = generateCorpus({ articles: 300, seed: 11 });
    const other = generateCorpus({ articles: 300, seed: 12 });
    const files = (corpus: typeof small) => corpus.articles.map((a) => articleFileName(a) + articleFileContent(a));
    expect(files(again)).toEqual(files(small));
    expect(files(other)).not.toEqual(files(small));
  });

  it('writes every file in the ingest format, with its header read back as written', () => {
    for (const article of small.articles) {
      const parsed = parseArticleFile(articleFileContent(article), articleFileName(article));
      expect(parsed.header.language).toBe(article.language);
      expect(parsed.header.published).toBe(article.published);
      expect(parsed.header.url).toBe(article.url);
      expect(parsed.text).toBe(article.written.text);
    }
    expect(new Set(small.articles.map(articleFileName)).size).toBe(small.articles.length);
  });

  it('mixes Russian, Ukrainian and English roughly 45/25/30', () => {
    const count = (language: string) => small.articles.filter((a) => a.language === language).length;
    expect(count('ru')).toBeGreaterThan(100);
    expect(count('ru')).toBeLessThan(170);
    expect(count('uk')).toBeGreaterThan(45);
    expect(count('uk')).toBeLessThan(110);
    expect(count('en')).toBeGreaterThan(60);
    expect(count('en')).toBeLessThan(130);
  });

  it('has a heavy tail: the busiest person is in far more meetings than the typical one', () => {
    const meetings = new Map<number, number>();
    for (const event of small.planner.events) {
      for (const person of event.participants) meetings.set(person, (meetings.get(person) ?? 0) + 1);
    }
    const counts = [...meetings.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[0]!).toBeGreaterThanOrEqual(10 * median);
    // The top 5% of people take part in over a quarter of all participations.
    const top = counts.slice(0, Math.ceil(counts.length * 0.05)).reduce((a, b) => a + b, 0);
    expect(top / counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.25);
  });

  it('spreads events over the 25 years 2001–2025, planned and held', () => {
    const years = new Set(small.articles.map((a) => a.published.slice(0, 4)));
    expect(years.size).toBeGreaterThan(15);
    expect([...years].every((year) => year >= '2000' && year <= '2025')).toBe(true);
    expect(small.planner.events.some((event) => event.status === 'planned')).toBe(true);
  });

  it('records mentions at the offsets where the text names them', () => {
    for (const article of small.articles.slice(0, 50)) {
      const { text } = article.written;
      for (const mention of article.written.people) {
        const person = small.world.people[mention.person]!;
        const surface = text.slice(mention.start, mention.end);
        const forms =
          article.language === 'en'
            ? [person.name.en, person.surname.en]
            : [...Object.values(person.name[article.language]), ...Object.values(person.surname[article.language])];
        expect(forms).toContain(surface);
      }
    }
  });
});

describe('buildTruthGraph', () => {
  it('builds a graph that passes every invariant of the contract', () => {
    const graph = buildTruthGraph(generateCorpus({ articles: 80, seed: 3 }));
    const check = checkGraph(JSON.parse(JSON.stringify(graph)));
    expect(check.ok ? [] : check.problems.slice(0, 3)).toEqual([]);
    expect(graph.nodes.filter((node) => node.type === 'meeting').length).toBeGreaterThan(60);
    expect(graph.edges.filter((edge) => edge.type === 'participant').length).toBeGreaterThan(150);
  });
});
