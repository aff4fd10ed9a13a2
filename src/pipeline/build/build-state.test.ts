/**
 * The ranges a build state keeps must be exactly where serializeGraph put each element, and each
 * element serialized alone (what an ingest splices in) must be exactly those bytes: on the seed
 * graph, whose texts hold quotes, line breaks and non-Latin letters.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { loadCatalogue } from '../entities';
import { buildGraph } from './build-graph';
import { findSections } from './build-state';
import { loadReviews } from './reviews';
import { serializeElements, serializeGraph } from './serialize';

describe('findSections', () => {
  it('finds every article, node and edge of graph.json, each the bytes serializeElements gives it', () => {
    const graph = buildGraph({
      articles: loadCorpus('data/articles'),
      catalogue: loadCatalogue('data/curated'),
      reviews: loadReviews('data/reviews'),
    });
    const bytes = Buffer.from(serializeGraph(graph), 'utf8');
    const sections = findSections(bytes, graph);
    expect(sections).toBeDefined();
    const texts = serializeElements(graph);
    for (const name of ['articles', 'nodes', 'edges'] as const) {
      const section = sections![name];
      expect(section.ids).toEqual(texts[name].map((t) => t.id));
      section.ids.forEach((id, i) => {
        expect(bytes.toString('utf8', section.starts[i], section.ends[i]), id).toBe(texts[name][i]!.text);
      });
    }
    // Between elements only the separators, so splicing at these places keeps the file's shape.
    const { starts, ends } = sections!.nodes;
    for (let i = 1; i < starts.length; i += 1) expect(bytes.toString('utf8', ends[i - 1], starts[i])).toBe(',\n');
  }, 60_000);

  it('keeps no ranges for bytes of another shape', () => {
    const graph = { articles: [], nodes: [], edges: [] };
    expect(findSections(Buffer.from(JSON.stringify(graph)), graph)).toBeUndefined();
  });
});
