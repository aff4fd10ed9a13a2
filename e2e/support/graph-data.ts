/**
 * The graph the production build under test serves, read at test time, so the tests pick
 * their ids and expectations from the data rather than hard-coding them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { overlapsRange, type DateRange } from '../../src/shared/dates/iso';
import type { Graph, GraphEdge, GraphNode, MeetingNode } from '../../src/shared/graph/schema';
import { localized } from '../../src/app/i18n/node-label';

export const graphFile = resolve(process.env.DIPLOGRAPH_GRAPH ?? 'data/graph.json');
export const graph: Graph = JSON.parse(readFileSync(graphFile, 'utf8')) as Graph;

export function node(id: string): GraphNode {
  const found = graph.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`${graphFile} has no node ${id}`);
  return found;
}

/** The name the English interface shows for a node. */
export function englishName(id: string): string {
  return localized(node(id).label, 'en');
}

export function meetings(): MeetingNode[] {
  return graph.nodes.filter((n): n is MeetingNode => n.type === 'meeting');
}

export function meetingsOverlapping(range: DateRange): MeetingNode[] {
  return meetings().filter((m) => m.date && overlapsRange(m.date.start, m.date.end, range));
}

export function neighbours(id: string): string[] {
  return graph.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
}

/** An edge between an official and a meeting, with its evidence: the typical thing to read. */
export function participantEdge(personId?: string): GraphEdge {
  const edge = graph.edges.find(
    (e) => e.type === 'participant' && e.source.startsWith('person:') && (!personId || e.source === personId),
  );
  if (!edge) throw new Error(`${graphFile} has no participant edge`);
  return edge;
}

export function articleOf(edge: GraphEdge, i = 0) {
  const evidence = edge.evidence[i];
  const article = graph.articles.find((a) => a.id === evidence?.article);
  if (!evidence || !article) throw new Error(`edge ${edge.id} has no evidence ${i}`);
  return { evidence, article };
}

/** How many of these nodes carry each English name (names repeat: two "Putin – Aliyev" meetings). */
export function countByName(nodes: readonly GraphNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(englishName(n.id), (counts.get(englishName(n.id)) ?? 0) + 1);
  return counts;
}

/** The edge whose middle lies farthest from any node: the spot on the canvas surest to hit it. */
export function edgeWithClearMiddle(): GraphEdge {
  const positions = graph.nodes.flatMap((n) => (n.position ? [n.position] : []));
  const clearance = (e: GraphEdge) => {
    const a = node(e.source).position;
    const b = node(e.target).position;
    if (!a || !b) return 0;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    return Math.min(...positions.map((p) => Math.hypot(p.x - mid.x, p.y - mid.y)));
  };
  const best = [...graph.edges].sort((a, b) => clearance(b) - clearance(a))[0];
  if (!best) throw new Error(`${graphFile} has no edge`);
  return best;
}
