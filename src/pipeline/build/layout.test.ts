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

type Positions = ReturnType<typeof layoutPositions>;

/** The mean distance between node pairs picked by two fixed strides: the layout's own scale. */
function typicalDistance(positions: Positions): number {
  const all = [...positions.values()];
  let typical = 0;
  for (let i = 0; i < 2000; i += 1) {
    const a = all[(i * 7919) % all.length]!;
    const b = all[(i * 104_729 + 13) % all.length]!;
    typical += Math.hypot(a.x - b.x, a.y - b.y) / 2000;
  }
  return typical;
}

/** How far a meeting lies from the centre of its participants; undefined for one with none. */
function distanceFromParticipants(g: Graph, positions: Positions, meetingId: string): number | undefined {
  const people = g.edges
    .filter((e) => e.type === 'participant' && e.target === meetingId)
    .map((e) => positions.get(e.source)!);
  if (people.length === 0) return undefined;
  const cx = people.reduce((s, p) => s + p.x, 0) / people.length;
  const cy = people.reduce((s, p) => s + p.y, 0) / people.length;
  const at = positions.get(meetingId)!;
  return Math.hypot(at.x - cx, at.y - cy);
}

/** How many distinct spots the meetings take. */
function meetingSpots(g: Graph, positions: Positions): number {
  const meetings = g.nodes.filter((n) => n.type === 'meeting');
  return new Set(meetings.map((m) => `${positions.get(m.id)!.x},${positions.get(m.id)!.y}`)).size;
}

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
    expect(meetingSpots(graph, positions)).toBe(meetings.length);

    const typical = typicalDistance(positions);
    let placed = 0;
    for (const meeting of meetings) {
      const distance = distanceFromParticipants(graph, positions, meeting.id);
      if (distance === undefined) continue;
      expect(distance).toBeLessThan(typical / 4);
      placed += 1;
    }
    expect(placed).toBeGreaterThan(meetings.length / 2);
  }, 60_000);
});

describe('stable layout (a big graph built again over its previous layout)', () => {
  let bigger: Graph;
  beforeAll(() => {
    const articles = generateCorpus({ articles: 215, seed: 11 }).articles.map((article) =>
      toArticle(parseArticleFile(articleFileContent(article)), article.id, `${article.id}.txt`),
    );
    bigger = buildGraph({ articles, catalogue: loadCatalogue('data/curated'), reviews: [], layout: false });
  }, 60_000);

  it('is a fixed point: the same graph over its own layout keeps every position', () => {
    const fresh = layoutPositions(graph.nodes, graph.edges);
    const again = layoutPositions(graph.nodes, graph.edges, { previous: () => fresh });
    expect(Object.fromEntries(again)).toEqual(Object.fromEntries(fresh));
  }, 60_000);

  it('keeps every old node where it was and places the new ones beside their neighbours', () => {
    const old = layoutPositions(graph.nodes, graph.edges);
    const ids = new Set(graph.nodes.map((n) => n.id));
    const added = bigger.nodes.filter((n) => !ids.has(n.id));
    expect(added.length).toBeGreaterThan(10);
    const positions = layoutPositions(bigger.nodes, bigger.edges, { previous: () => old });
    expect([...positions.keys()].sort()).toEqual(bigger.nodes.map((n) => n.id).sort());
    for (const node of bigger.nodes) if (old.has(node.id)) expect(positions.get(node.id)).toEqual(old.get(node.id));
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    // Order-blind, like the fresh layout.
    const shuffled = layoutPositions([...bigger.nodes].reverse(), [...bigger.edges].reverse(), { previous: () => old });
    expect(Object.fromEntries(shuffled)).toEqual(Object.fromEntries(positions));

    const meetings = bigger.nodes.filter((n) => n.type === 'meeting');
    expect(meetingSpots(bigger, positions)).toBe(meetings.length);
    const typical = typicalDistance(positions);
    let near = 0;
    for (const meeting of added.filter((n) => n.type === 'meeting')) {
      const distance = distanceFromParticipants(bigger, positions, meeting.id);
      if (distance === undefined) continue;
      expect(distance).toBeLessThan(typical / 4);
      near += 1;
    }
    expect(near).toBeGreaterThan(0);
  }, 60_000);

  it('lays out afresh when the previous layout is a small graph or holds under half of the nodes', () => {
    const fresh = Object.fromEntries(layoutPositions(bigger.nodes, bigger.edges));
    const small = new Map(bigger.nodes.slice(0, 300).map((n) => [n.id, { x: 0, y: 0 }]));
    expect(Object.fromEntries(layoutPositions(bigger.nodes, bigger.edges, { previous: () => small }))).toEqual(fresh);
    const few = new Map(
      bigger.nodes.slice(0, Math.floor(bigger.nodes.length / 2) - 1).map((n) => [n.id, { x: 0, y: 0 }]),
    );
    const others = new Map([...few, ...[...Array(400).keys()].map((i) => [`person:x-${i}`, { x: 1, y: 1 }] as const)]);
    expect(Object.fromEntries(layoutPositions(bigger.nodes, bigger.edges, { previous: () => others }))).toEqual(fresh);
  }, 60_000);

  it('never asks for the previous layout of a small graph, whose ForceAtlas2 layout stays as it is', () => {
    const nodes = graph.nodes.slice(0, 120);
    const kept = new Set(nodes.map((n) => n.id));
    const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    let asked = false;
    const positions = layoutPositions(nodes, edges, {
      previous: () => {
        asked = true;
        return new Map();
      },
    });
    expect(asked).toBe(false);
    expect(Object.fromEntries(positions)).toEqual(Object.fromEntries(layoutPositions(nodes, edges)));
  }, 60_000);
});
