/**
 * The decision a `npm run review` command line asks for, checked against the graph before
 * anything is written. Pure: the caller supplies the graph and the date.
 */
import { parse as parseYaml } from 'yaml';
import type { Graph } from '../../shared/graph/schema';
import { ReviewDecisionSchema, type ReviewDecisionFields } from '../build/reviews';
import { UserError } from '../io/user-error';

export const REVIEW_COMMANDS = ['accept', 'reject', 'correct'] as const;
export type ReviewCommand = (typeof REVIEW_COMMANDS)[number];

export interface ReviewRequest {
  action: string;
  target: string;
  reason: string;
  /** "field=value" pairs of a correction; a dotted field sets a nested value ("date.start=2025-10"). */
  sets: string[];
  by?: string;
  /** YYYY-MM-DD, written into the decision. */
  today: string;
}

/** "date.start=2025-10" → { date: { start: "2025-10" } }; values are read as YAML, so lists and objects work. */
export function changesFrom(sets: readonly string[]): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UserError(`--set "${set}" is not of the form field=value, e.g. --set date.start=2025-10.`);
    const path = set.slice(0, eq).trim().split('.');
    const raw = set.slice(eq + 1);
    let value: unknown;
    try {
      value = raw.trim() === '' ? null : parseYaml(raw);
    } catch {
      throw new UserError(`the value of --set ${path.join('.')} is not readable (${raw}).`);
    }
    // Values YAML would read as numbers or dates stay text where the schema wants text ("2025" as a date).
    if (typeof value === 'number' || value instanceof Date) value = raw.trim();
    let into = changes;
    path.slice(0, -1).forEach((key) => {
      const next = into[key];
      into = (into[key] = next !== null && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    });
    into[path[path.length - 1]!] = value;
  }
  return changes;
}

/** Up to five ids of the graph that share a word with an unknown id, to suggest. */
export function similarIds(graph: Graph, target: string): string[] {
  const GENERIC = new Set(['person', 'state', 'meeting', 'organization', 'participant', 'represents', 'member']);
  const tokens = (id: string) =>
    id
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((token) => token.length >= 4 && !GENERIC.has(token));
  const words = tokens(target);
  if (words.length === 0) return [];
  // A word matches a token it begins, or that begins it ("beridze" ~ "beridzes"), never the middle of one.
  const matches = (word: string, token: string) => token.startsWith(word) || word.startsWith(token);
  const ids = [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)];
  return ids
    .map((id) => {
      const idTokens = tokens(id);
      return { id, score: words.filter((word) => idTokens.some((token) => matches(word, token))).length };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.id.length - b.id.length || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map((entry) => entry.id);
}

export function reviewDecision(request: ReviewRequest, graph: Graph): ReviewDecisionFields {
  const { action, target } = request;
  if (!(REVIEW_COMMANDS as readonly string[]).includes(action)) {
    throw new UserError(`"${action}" is not a review action: use accept, reject or correct.`);
  }
  if (target === '')
    throw new UserError(`give the id of the node or edge to ${action}, e.g. meeting:2025-03-03-talks-asadov-bektenov.`);
  if (request.reason.trim() === '') throw new UserError(`say why with --reason "…": every decision keeps its reason.`);
  const exists = graph.nodes.some((node) => node.id === target) || graph.edges.some((edge) => edge.id === target);
  if (!exists) {
    const similar = similarIds(graph, target);
    const hint = similar.length > 0 ? ` Did you mean ${similar.join(', ')}?` : '';
    throw new UserError(`"${target}" is not a node or edge of the graph (or it was rejected already).${hint}`);
  }
  if (action === 'correct' && request.sets.length === 0) {
    throw new UserError('say what to correct with --set field=value, e.g. --set date.start=2025-10.');
  }
  if (action !== 'correct' && request.sets.length > 0)
    throw new UserError(`--set goes with correct, not with ${action}.`);

  const fields: Record<string, unknown> = { target, action, reason: request.reason.trim(), date: request.today };
  if (action === 'correct') fields.changes = changesFrom(request.sets);
  if (request.by !== undefined) fields.by = request.by;
  const parsed = ReviewDecisionSchema.safeParse(fields);
  if (!parsed.success) throw new UserError(`the decision is not valid: ${parsed.error.issues[0]!.message}.`);
  return parsed.data;
}
