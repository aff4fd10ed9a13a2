/**
 * A known person's role can take its state from the curated catalogue when the article never names
 * the state ("Foreign Minister Jeyhun Bayramov …" alone): the graph must then hold that state's node,
 * or the role and its `represents` edge would point nowhere. Our own one-article corpus, real build.
 */
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../articles/article-file';
import { toArticle } from '../articles/load-corpus';
import { loadCatalogue } from '../entities';
import { buildGraph } from './build-graph';

const FILE = `---
url: null
language: en
published: 2025-03-12
title: Bayramov receives an envoy
---
Foreign Minister Jeyhun Bayramov received the ambassador of Japan Takeshi Yamada on Monday.
`;

describe('a state that only the catalogue gives', () => {
  it('is a node of the graph, so the role and its edge resolve', () => {
    const article = toArticle(parseArticleFile(FILE), '2025-03-12-bayramov-envoy', 'bayramov.txt');
    const graph = buildGraph({
      articles: [article],
      catalogue: loadCatalogue('data/curated'),
      reviews: [],
      layout: false,
    });
    const ids = new Set(graph.nodes.map((n) => n.id));
    const bayramov = graph.nodes.find((n) => n.id === 'person:jeyhun-bayramov');
    expect(bayramov?.type === 'person' ? bayramov.roles.map((r) => r.state) : []).toEqual(['state:azerbaijan']);
    expect(ids.has('state:azerbaijan')).toBe(true);
    expect(graph.edges.map((e) => e.id)).toContain('represents:person:jeyhun-bayramov->state:azerbaijan');
  });
});
