/** The layout of a big graph (a generated corpus): deterministic, order-blind, every node placed, meetings by their participants. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../shared/graph/schema';
import { toArticle } from '../articles/load-corpus';
import { parseArticleFile } from '../articles/article-file';
import { loadCatalogue } from '../entities';
import { articleFileContent, generateCorpus } from '../gen/corpus';
import { buildGraph } from './build-graph';
import { layoutPositions } from './layout';

let graph: Graph;
beforeAll(() => {
  const articles = generateCorpus({ articles: 200, seed: 11 }).articles.map((article) =>
    toArticle(parseArticleFile(articleFileContent(article)), article.id, `${article.id}.txt`),
  );
  graph = buildGraph({ articles, catalogue: loadCatalogue('data/curated'), reviews: [], layout: false });
}, 60_000);

describe('layout of a big graph', () => {
  it('places every node, the same way whatever order nodes and edges come in', () => {
    expect(graph.nodes.length).toBeGreaterThan(400);
    const positions = layoutPositions(graph.nodes, graph.edges);
    expect([...positions.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const shuffled = layoutPositions([...graph.nodes].reverse(), [...graph.edges].reverse());
    expect(Object.fromEntries(shuffled)).toEqual(Object.fromEntries(positions));
  }, 60_000);

  it('puts each meeting close to its participants, and no two meetings on one spot', () => {
    const positions = layoutPositions(graph.nodes, graph.edges);
    const meetings = graph.nodes.filter((n) => n.type === 'meeting');
    const spots = new Set(meetings.map((m) => `${positions.get(m.id)!.x},${positions.get(m.id)!.y}`));
    expect(spots.size).toBe(meetings.length);

    const all = [...positions.values()];
    let typical = 0;
    for (let i = 0; i < 2000; i += 1) {
      const a = all[(i * 7919) % all.length]!;
      const b = all[(i * 104_729 + 13) % all.length]!;
      typical += Math.hypot(a.x - b.x, a.y - b.y) / 2000;
    }
    let placed = 0;
    for (const meeting of meetings) {
      const people = graph.edges
        .filter((e) => e.type === 'participant' && e.target === meeting.id)
        .map((e) => positions.get(e.source)!);
      if (people.length === 0) continue;
      const cx = people.reduce((s, p) => s + p.x, 0) / people.length;
      const cy = people.reduce((s, p) => s + p.y, 0) / people.length;
      const at = positions.get(meeting.id)!;
      expect(Math.hypot(at.x - cx, at.y - cy)).toBeLessThan(typical / 4);
      placed += 1;
    }
    expect(placed).toBeGreaterThan(meetings.length / 2);
  }, 60_000);
});
