/**
 * Applies curator decisions (reviews.ts) to a freshly extracted graph. Pure: the same graph
 * and decisions give the same result, so a decision made once holds on every rebuild.
 */
import {
  EDGE_TYPES,
  GraphEdgeSchema,
  GraphNodeSchema,
  type Evidence,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../shared/graph/schema';
import { UserError } from '../io/user-error';
import type { ReviewDecision, UnmatchedDecision } from './reviews';

export interface AppliedReviews {
  graph: Graph;
  unmatched: UnmatchedDecision[];
}

const EDGE_ID = /^([a-z_]+):(.+)->(.+)$/;

/** Fields a correction may change; ids, types and evidence stay as extracted. */
const CORRECTABLE_NODE_FIELDS = new Set([
  'label',
  'aliases',
  'roles',
  'kind',
  'date',
  'dateText',
  'status',
  'place',
  'iso',
  'acronym',
]);
const CORRECTABLE_EDGE_FIELDS = new Set(['type']);

export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

function fail(decision: ReviewDecision, message: string): never {
  throw new UserError(`the decision on "${decision.target}" ${message}`, decision.file, decision.line);
}

function locateEvidence(graph: Graph, decision: ReviewDecision, raw: unknown): Evidence {
  const entry = (raw ?? {}) as { article?: unknown; quote?: unknown; start?: unknown; end?: unknown };
  const article = graph.articles.find((a) => a.id === entry.article);
  if (!article) fail(decision, `cites article "${String(entry.article)}", which is not in the corpus.`);
  if (typeof entry.start === 'number' && typeof entry.end === 'number') {
    const quote = article.text.slice(entry.start, entry.end);
    if (quote === '' || (typeof entry.quote === 'string' && entry.quote !== quote)) {
      fail(decision, `cites offsets ${entry.start}–${entry.end} that do not hold its quote.`);
    }
    return { article: article.id, start: entry.start, end: entry.end, quote };
  }
  if (typeof entry.quote !== 'string' || entry.quote === '') fail(decision, 'gives evidence without a quote.');
  const start = article.text.indexOf(entry.quote);
  if (start === -1) fail(decision, `quotes words that are not in article "${article.id}".`);
  return { article: article.id, start, end: start + entry.quote.length, quote: entry.quote };
}

function checkedNode(decision: ReviewDecision, candidate: unknown): GraphNode {
  const parsed = GraphNodeSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(decision, `makes an invalid node: ${issue.path.join('.') || 'node'} ${issue.message.replace(/\.$/, '')}.`);
  }
  return parsed.data;
}

function checkedEdge(decision: ReviewDecision, candidate: unknown): GraphEdge {
  const parsed = GraphEdgeSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(decision, `makes an invalid edge: ${issue.path.join('.') || 'edge'} ${issue.message.replace(/\.$/, '')}.`);
  }
  return parsed.data;
}

function addNode(nodes: Map<string, GraphNode>, decision: ReviewDecision): void {
  const type = decision.target.split(':')[0];
  const changes = decision.changes ?? {};
  const base: Record<string, unknown> = { aliases: [], ...changes, id: decision.target, type };
  if (type === 'person' && base.roles === undefined) base.roles = [];
  if (type === 'meeting' && base.status === undefined) base.status = 'held';
  base.review = { state: 'curated', reason: decision.reason };
  nodes.set(decision.target, checkedNode(decision, base));
}

function addEdge(
  graph: Graph,
  nodes: Map<string, GraphNode>,
  edges: Map<string, GraphEdge>,
  decision: ReviewDecision,
): UnmatchedDecision | null {
  const match = EDGE_ID.exec(decision.target);
  if (!match || !(EDGE_TYPES as readonly string[]).includes(match[1]!)) {
    fail(decision, `is not an edge id of the form "<type>:<source>-><target>" with a known type.`);
  }
  const [, type, source, target] = match;
  for (const end of [source!, target!]) {
    if (!nodes.has(end))
      return { decision, message: `its node "${end}" is not in the graph, so the edge was not added.` };
  }
  const rawEvidence = (decision.changes ?? {}).evidence;
  if (!Array.isArray(rawEvidence) || rawEvidence.length === 0) fail(decision, 'adds an edge without evidence.');
  const evidence = rawEvidence.map((raw) => locateEvidence(graph, decision, raw));
  edges.set(
    decision.target,
    checkedEdge(decision, {
      id: decision.target,
      source,
      target,
      type,
      evidence,
      review: { state: 'curated', reason: decision.reason },
    }),
  );
  return null;
}

function correct<T extends GraphNode | GraphEdge>(
  decision: ReviewDecision,
  item: T,
  allowed: Set<string>,
  check: (d: ReviewDecision, x: unknown) => T,
): T {
  const changes = decision.changes ?? {};
  for (const key of Object.keys(changes)) {
    if (!allowed.has(key)) fail(decision, `tries to change "${key}", which a correction cannot change.`);
  }
  const next: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  next.review = { state: 'corrected', reason: decision.reason };
  return check(decision, next);
}

/** Marks every item unreviewed, then applies the decisions in order (later ones win). */
export function applyReviews(graph: Graph, decisions: readonly ReviewDecision[]): AppliedReviews {
  const nodes = new Map<string, GraphNode>(
    graph.nodes.map((n) => [n.id, { ...n, review: n.review ?? { state: 'unreviewed' } }]),
  );
  const edges = new Map<string, GraphEdge>(
    graph.edges.map((e) => [e.id, { ...e, review: e.review ?? { state: 'unreviewed' } }]),
  );
  const unmatched: UnmatchedDecision[] = [];
  const isEdge = (target: string) => target.includes('->');

  for (const decision of decisions) {
    const { target, action } = decision;
    if (action === 'add') {
      if (isEdge(target)) {
        const problem = addEdge(graph, nodes, edges, decision);
        if (problem) unmatched.push(problem);
      } else addNode(nodes, decision);
      continue;
    }
    const node = nodes.get(target);
    const edge = edges.get(target);
    if (!node && !edge) {
      unmatched.push({ decision, message: `"${target}" is not in the built graph, so this ${action} did not apply.` });
      continue;
    }
    if (action === 'accept') {
      const review = { state: 'accepted' as const, reason: decision.reason };
      if (node) nodes.set(target, { ...node, review });
      else edges.set(target, { ...edge!, review });
    } else if (action === 'reject') {
      if (node) {
        nodes.delete(target);
        for (const [id, e] of edges) if (e.source === target || e.target === target) edges.delete(id);
      } else edges.delete(target);
    } else if (node) {
      nodes.set(target, correct(decision, node, CORRECTABLE_NODE_FIELDS, checkedNode));
    } else {
      edges.set(target, correct(decision, edge!, CORRECTABLE_EDGE_FIELDS, checkedEdge));
    }
  }

  // A rejected state or organization must not linger in a person's roles.
  const people = [...nodes.values()].map((n) =>
    n.type === 'person'
      ? {
          ...n,
          roles: n.roles.map((role) => {
            const kept = { ...role };
            if (kept.state !== undefined && !nodes.has(kept.state)) delete kept.state;
            if (kept.organization !== undefined && !nodes.has(kept.organization)) delete kept.organization;
            return kept;
          }),
        }
      : n,
  );
  return { graph: { ...graph, nodes: people, edges: [...edges.values()] }, unmatched };
}
