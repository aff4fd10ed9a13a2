/**
 * The fast graph writer must give exactly the bytes of the reference definition (keys reordered,
 * then two-space JSON), on real builds: the seed corpus and a generated one, and on objects whose
 * keys arrive out of order or carry undefined values.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, toArticle } from '../articles/load-corpus';
import { loadCatalogue } from '../entities';
import { articleFileContent, articleFileName, generateCorpus } from '../gen/corpus';
import { readArticleFile } from '../articles/read-article-file';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../shared/graph/schema';
import { buildGraph } from './build-graph';
import { loadReviews } from './reviews';
import { referenceSerialization, serializeGraph } from './serialize';

describe('serializeGraph', () => {
  it('gives the reference bytes for the seed graph, which are the committed graph.json', () => {
    const graph = buildGraph({
      articles: loadCorpus('data/articles'),
      catalogue: loadCatalogue('data/curated'),
      reviews: loadReviews('data/reviews'),
    });
    const bytes = serializeGraph(graph);
    expect(bytes).toBe(referenceSerialization(graph));
    // Serializing the parsed file again gives it back: the writer is a fixed point on its own output.
    expect(serializeGraph(JSON.parse(bytes) as Graph)).toBe(bytes);
  }, 60_000);

  it('gives the reference bytes for a generated corpus of 120 articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-serialize-'));
    try {
      const articles = generateCorpus({ articles: 120, seed: 11 }).articles.map((article) => {
        const file = join(dir, articleFileName(article));
        writeFileSync(file, articleFileContent(article));
        return toArticle(readArticleFile(file), articleFileName(article).replace(/\.txt$/, ''), file);
      });
      const graph = buildGraph({ articles, catalogue: loadCatalogue('data/curated'), reviews: [] });
      expect(graph.nodes.length).toBeGreaterThan(100);
      expect(serializeGraph(graph)).toBe(referenceSerialization(graph));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('orders keys, leaves out undefined values and keeps shared objects unchanged', () => {
    const evidence = { quote: 'Beridze', end: 7, start: 0, article: 'a' };
    const graph = {
      edges: [
        {
          evidence: [evidence],
          type: 'participant',
          target: 'meeting:m',
          source: 'person:b',
          id: 'z',
          review: undefined,
        },
        { id: 'a', source: 'person:b', target: 'meeting:m', type: 'participant', evidence: [evidence] },
      ],
      nodes: [
        {
          position: { y: 1, x: -0 },
          aliases: ['b', 'a'],
          label: { uk: 'Б', en: 'B' },
          type: 'person',
          id: 'person:b',
          roles: [],
        },
        {
          id: 'meeting:m',
          type: 'meeting',
          kind: 'talks',
          status: 'held',
          label: { en: 'M' },
          aliases: [],
          place: undefined,
          extra: [undefined, 1],
        },
      ],
      articles: [
        { text: 'Beridze met.', id: 'a', title: 'T', language: 'en', published: '2025', url: null, outlet: null },
      ],
      schemaVersion: 1,
    } as unknown as Graph;
    const bytes = serializeGraph(graph);
    expect(bytes).toBe(referenceSerialization(graph));
    expect(bytes.indexOf('"id": "a"')).toBeLessThan(bytes.indexOf('"id": "z"'));
    expect(bytes).not.toContain('place');
    expect(evidence).toEqual({ quote: 'Beridze', end: 7, start: 0, article: 'a' });
    expect(Object.keys(evidence)[0]).toBe('quote');
  });
});
