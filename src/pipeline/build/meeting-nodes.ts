/**
 * Meeting nodes and their edges from merged meetings: stable ids
 * (meeting:<start-date>-<kind>-<participant slugs sorted>), readable labels in en/ru/uk, and
 * every edge quoting the clauses that state it.
 */
import type { Article, Evidence, GraphEdge, GraphNode, MeetingNode } from '../../shared/graph/schema';
import type { ArticleSpan, MergedMeeting } from '../meetings/merge-meetings';
import type { EntityRecord } from '../entities/types';
import type { MeetingCandidate } from '../meetings/types';
import { edgeId } from './apply-reviews';

const KIND_LABELS: Record<string, { en: string; ru: string; uk: string }> = {
  meeting: { en: 'Meeting', ru: 'Встреча', uk: 'Зустріч' },
  visit: { en: 'Visit', ru: 'Визит', uk: 'Візит' },
  talks: { en: 'Talks', ru: 'Переговоры', uk: 'Переговори' },
  consultations: { en: 'Consultations', ru: 'Консультации', uk: 'Консультації' },
  phone_call: { en: 'Phone call', ru: 'Телефонный разговор', uk: 'Телефонна розмова' },
  video_call: { en: 'Video call', ru: 'Видеосвязь', uk: 'Відеозв’язок' },
  summit: { en: 'Summit', ru: 'Саммит', uk: 'Саміт' },
  reception: { en: 'Reception', ru: 'Приём', uk: 'Прийом' },
};

function lastSlugPart(id: string): string {
  const slug = id.slice(id.indexOf(':') + 1);
  return slug.split('-').pop() ?? slug;
}

function shortName(node: GraphNode | undefined, language: 'en' | 'ru' | 'uk', fallback: string): string {
  if (!node) return fallback;
  const name = node.label[language] ?? node.label.en ?? Object.values(node.label)[0] ?? fallback;
  if (node.type !== 'person')
    return node.type === 'organization' ? (node.acronym?.[language] ?? node.acronym?.en ?? name) : name;
  return name.split(/\s+/).pop() ?? name;
}

export function meetingSlugs(m: MergedMeeting): string[] {
  const persons = [...m.persons.keys()].map(lastSlugPart);
  if (persons.length > 0) return [...new Set(persons)].sort();
  const orgs = [...m.organizations.keys()].map((id) => id.slice(id.indexOf(':') + 1));
  if (orgs.length > 0) return orgs.sort();
  return [...m.heldIn.keys()].map((id) => id.slice(id.indexOf(':') + 1)).sort();
}

/** A meeting's id before numbering: two meetings with the same base are told apart by -2, -3, … in merge order. */
export function meetingBase(m: MergedMeeting): string {
  const parts = [m.date?.start ?? 'undated', m.kind.replace(/_/g, '-'), ...meetingSlugs(m)];
  return `meeting:${parts.join('-').toLowerCase()}`;
}

export function meetingIds(meetings: readonly MergedMeeting[]): Map<MergedMeeting, string> {
  const ids = new Map<MergedMeeting, string>();
  const used = new Map<string, number>();
  for (const m of meetings) {
    const base = meetingBase(m);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    ids.set(m, count === 1 ? base : `${base}-${count}`);
  }
  return ids;
}

/**
 * The id of the meeting a candidate's `partOf` sibling went into (a visit's talks are part of the
 * visit), when that meeting is kept.
 */
export function parentFinder(
  owner: ReadonlyMap<MeetingCandidate, MergedMeeting>,
  candidatesByArticle: ReadonlyMap<string, readonly MeetingCandidate[]>,
  ids: ReadonlyMap<MergedMeeting, string>,
): (c: MeetingCandidate) => string | undefined {
  return (c) => {
    if (c.partOf === undefined) return undefined;
    const sibling = candidatesByArticle.get(c.article)?.[c.partOf];
    const parent = sibling ? owner.get(sibling) : undefined;
    return parent ? ids.get(parent) : undefined;
  };
}

/** The nodes and edges of these meetings, with their ids (meetingIds) and their parents' (parentFinder). */
export function meetingNodesAndEdges(
  meetings: readonly MergedMeeting[],
  ids: ReadonlyMap<MergedMeeting, string>,
  parentOf: (c: MeetingCandidate) => string | undefined,
  articles: ReadonlyMap<string, Article>,
  entityNodes: Map<string, GraphNode>,
  records: ReadonlyMap<string, EntityRecord>,
): { nodes: MeetingNode[]; edges: GraphEdge[] } {
  const nodes: MeetingNode[] = [];
  const edges: GraphEdge[] = [];
  const evidence = (spans: readonly ArticleSpan[]): Evidence[] =>
    spans.map((s) => ({ ...s, quote: articles.get(s.article)!.text.slice(s.start, s.end) }));
  // A meeting may be held in a state the text names only through a city («в Душанбе»).
  const known = (id: string) => id.startsWith('meeting:') || entityNodes.has(id) || addFromCatalogue(id);
  const addFromCatalogue = (id: string): boolean => {
    const record = records.get(id);
    if (!record || record.type !== 'state') return false;
    entityNodes.set(id, {
      id,
      type: 'state',
      label: record.label,
      aliases: [],
      ...(record.iso ? { iso: record.iso } : {}),
    });
    return true;
  };
  const edge = (type: GraphEdge['type'], source: string, target: string, spans: readonly ArticleSpan[]) => {
    if (!known(source) || !known(target)) return;
    edges.push({ id: edgeId(type, source, target), source, target, type, evidence: evidence(spans) });
  };

  for (const m of meetings) {
    const id = ids.get(m)!;
    const names = (language: 'en' | 'ru' | 'uk') => {
      const who = [...m.persons.keys(), ...m.organizations.keys()].map((p) =>
        shortName(entityNodes.get(p), language, lastSlugPart(p)),
      );
      return `${KIND_LABELS[m.kind]?.[language] ?? m.kind}${who.length > 0 ? `: ${who.join(' – ')}` : ''}`;
    };
    const node: MeetingNode = {
      id,
      type: 'meeting',
      label: { en: names('en'), ru: names('ru'), uk: names('uk') },
      aliases: [],
      kind: m.kind,
      status: m.status,
    };
    if (m.date) node.date = m.date;
    if (m.dateText) node.dateText = m.dateText;
    if (m.place) node.place = m.place;
    nodes.push(node);

    for (const [p, spans] of m.persons) edge('participant', p, id, spans);
    for (const [o, spans] of m.organizations) edge('participant', o, id, spans);
    for (const [d, spans] of m.discussed) edge('discussed', id, d, spans);
    for (const [s, spans] of m.heldIn) edge('held_in', id, s, spans);
    const parents = new Map<string, ArticleSpan[]>();
    for (const c of m.candidates) {
      const parentId = parentOf(c);
      if (!parentId || parentId === id) continue;
      const list = parents.get(parentId) ?? [];
      list.push({ article: c.article, ...c.clause });
      parents.set(parentId, list);
    }
    for (const [parentId, spans] of parents) edge('part_of', id, parentId, dedupe(spans));
  }
  return { nodes, edges };
}

function dedupe(spans: ArticleSpan[]): ArticleSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.article}:${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
