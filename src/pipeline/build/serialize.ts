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

/**
 * The definition of the bytes: every object's keys reordered, then two-space JSON. Kept as the
 * reference the fast writer below is tested against; it copies every object, which at 10,000
 * articles costs over a second.
 */
export function referenceSerialization(graph: Graph): string {
  return `${JSON.stringify(orderKeys(canonicalGraph(graph)), null, 2)}\n`;
}

const compareKeys = (a: string, b: string) => {
  const ra = RANK.get(a) ?? KEY_ORDER.length;
  const rb = RANK.get(b) ?? KEY_ORDER.length;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
};

/** The ordered keys of each object shape seen (the graph has a few dozen), so each shape is sorted once. */
const shapes = new Map<string, string[]>();

function orderedKeys(value: object, keys: string[] = Object.keys(value)): string[] {
  const shape = keys.join('\0');
  let order = shapes.get(shape);
  if (order === undefined) {
    order = [...keys].sort(compareKeys);
    shapes.set(shape, order);
  }
  return order;
}

/**
 * A copy of `value` with every object's keys in canonical order (undefined values left out), as
 * orderKeys gives, but with one key sort per object shape and no intermediate arrays; an object
 * whose keys are already in order and whose values need no copy is used as it is.
 */
function ordered(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const copy = ordered(item);
      if (copy !== item && out === undefined) out = value.slice(0, i);
      if (out !== undefined) out.push(copy);
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const order = orderedKeys(record, keys);
  let same = true;
  const copies: unknown[] = new Array(order.length);
  for (let i = 0; i < order.length; i += 1) {
    const item = record[order[i]!];
    const copy = ordered(item);
    copies[i] = copy;
    if (copy !== item || item === undefined || order[i] !== keys[i]) same = false;
  }
  if (same) return record;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < order.length; i += 1) if (copies[i] !== undefined) out[order[i]!] = copies[i];
  return out;
}

/** The bytes of graph.json: the same as referenceSerialization, copying only the objects whose keys are out of order. */
export function serializeGraph(graph: Graph): string {
  return `${JSON.stringify(ordered(canonicalGraph(graph)), null, 2)}\n`;
}

/** One element of the graph as serializeGraph writes it inside its array (four spaces' indent, no separator). */
function elementText(value: unknown): string {
  return `    ${JSON.stringify(ordered(value), null, 2).replace(/\n/g, '\n    ')}`;
}

/**
 * Some articles, nodes and edges as serializeGraph writes each of them inside graph.json, each
 * array in canonical order: what an ingest splices into the bytes of the graph.json it extends.
 */
export function serializeElements(part: Pick<Graph, 'articles' | 'nodes' | 'edges'>): {
  articles: { id: string; text: string }[];
  nodes: { id: string; text: string }[];
  edges: { id: string; text: string }[];
} {
  const canonical = canonicalGraph({ schemaVersion: 0 as Graph['schemaVersion'], ...part });
  const texts = <T extends { id: string }>(items: T[]) =>
    items.map((item) => ({ id: item.id, text: elementText(item) }));
  return { articles: texts(canonical.articles), nodes: texts(canonical.nodes), edges: texts(canonical.edges) };
}
