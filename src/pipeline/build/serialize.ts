/**
 * data/graph.json as bytes: keys in a fixed, readable order, arrays sorted, two-space JSON and a
 * final newline, so the same graph always gives the same file and diffs stay small.
 */
import type { Graph } from '../../shared/graph/schema';

/** Keys that read best first; the rest follow in alphabetical order. */
const KEY_ORDER = [
  'schemaVersion',
  'id',
  'type',
  'kind',
  'source',
  'target',
  'label',
  'title',
  'outlet',
  'url',
  'published',
  'publishedNote',
  'language',
  'status',
  'date',
  'dateText',
  'place',
  'start',
  'end',
  'article',
  'quote',
  'state',
  'organization',
  'asOf',
  'roles',
  'iso',
  'acronym',
  'aliases',
  'review',
  'reason',
  'position',
  'x',
  'y',
  'evidence',
  'text',
  'setAside',
  'articles',
  'nodes',
  'edges',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => {
    const ra = RANK.get(a) ?? KEY_ORDER.length;
    const rb = RANK.get(b) ?? KEY_ORDER.length;
    return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
  });
  return Object.fromEntries(entries.map(([k, v]) => [k, orderKeys(v)]));
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEvidence = (
  a: { article: string; start: number; end: number },
  b: { article: string; start: number; end: number },
) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end);

/** The graph with every array in its canonical order. */
export function canonicalGraph(graph: Graph): Graph {
  return {
    schemaVersion: graph.schemaVersion,
    articles: [...graph.articles].sort(byId),
    nodes: [...graph.nodes].sort(byId).map((node) => {
      const aliases = [...node.aliases].sort();
      if (node.type !== 'person') return { ...node, aliases };
      const roles = node.roles.map((r) => (r.evidence ? { ...r, evidence: [...r.evidence].sort(byEvidence) } : r));
      return { ...node, aliases, roles };
    }),
    edges: [...graph.edges].sort(byId).map((edge) => ({ ...edge, evidence: [...edge.evidence].sort(byEvidence) })),
  };
}

export function serializeGraph(graph: Graph): string {
  return `${JSON.stringify(orderKeys(canonicalGraph(graph)), null, 2)}\n`;
}
