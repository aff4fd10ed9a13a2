/**
 * State, organization and person nodes from the entity mentions of every article: one node per
 * entity however it was written, its aliases the surface forms seen, and a person's roles (with
 * represents / member_of edges) from the role phrases, dated by the article.
 */
import type { Article, GraphEdge, GraphNode, Role } from '../../shared/graph/schema';
import type { ArticleEntities, EntityRecord } from '../entities/types';
import { edgeId } from './apply-reviews';

export interface ArticleWithEntities {
  article: Article;
  entities: ArticleEntities;
}

function evidenceOf(article: Article, start: number, end: number) {
  return { article: article.id, start, end, quote: article.text.slice(start, end) };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function roleKey(role: Role): string {
  return [role.title.en ?? Object.values(role.title)[0], role.state ?? '', role.organization ?? ''].join('|');
}

function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

/** "Президент" said alone is the same role as "Президент Азербайджана" said elsewhere: one role, all the quotes. */
function foldBareRoles(list: Role[]): Role[] {
  const title = (r: Role) => r.title.en ?? Object.values(r.title)[0];
  const kept = list.filter((r) => r.state !== undefined || r.organization !== undefined);
  const out = [...kept];
  for (const bare of list.filter((r) => r.state === undefined && r.organization === undefined)) {
    const same = kept.filter((r) => title(r) === title(bare));
    if (same.length !== 1) {
      out.push(bare);
      continue;
    }
    const target = same[0]!;
    for (const ev of bare.evidence ?? []) {
      if (!target.evidence!.some((e) => e.article === ev.article && e.start === ev.start)) target.evidence!.push(ev);
    }
    if (firstDay(bare.asOf) > firstDay(target.asOf)) target.asOf = bare.asOf;
  }
  return out;
}

/**
 * What the entity part sums over the corpus, article by article: per entity the surface forms
 * seen, per person the roles (before bare roles are folded), and the represents / member_of
 * edges. Kept apart from the nodes it gives, so an incremental ingest can add one article to a
 * stored aggregate (build/build-state.ts); `first` and `roleFirst` record which article put each
 * entity and role there first, since a role keeps the title and date of its first article.
 */
export interface EntityAggregate {
  aliases: Map<string, Set<string>>;
  roles: Map<string, Map<string, Role>>;
  edges: Map<string, GraphEdge>;
  /** Entity id → [article, mention index] of its first mention; absent for one named only by a role. */
  first: Map<string, [string, number]>;
  /** Person id → role key → the article that made the role. */
  roleFirst: Map<string, Map<string, string>>;
}

/** What a node takes from its entity's record. */
export type RecordEssentials = Pick<EntityRecord, 'type' | 'label' | 'iso' | 'acronym'>;

export function emptyAggregate(): EntityAggregate {
  return { aliases: new Map(), roles: new Map(), edges: new Map(), first: new Map(), roleFirst: new Map() };
}

export { roleKey, firstDay };

/** Adds one article's mentions to the aggregate, as entityNodesAndEdges does for each article in id order. */
export function aggregateArticle(
  aggregate: EntityAggregate,
  { article, entities }: ArticleWithEntities,
  records: ReadonlyMap<string, EntityRecord>,
): void {
  const { aliases, roles, edges, first, roleFirst } = aggregate;
  const addEdge = (type: GraphEdge['type'], source: string, target: string, ev: GraphEdge['evidence'][number]) => {
    const id = edgeId(type, source, target);
    const edge = edges.get(id) ?? { id, source, target, type, evidence: [] };
    if (!edge.evidence.some((e) => e.article === ev.article && e.start === ev.start && e.end === ev.end)) {
      edge.evidence.push(ev);
    }
    edges.set(id, edge);
  };
  entities.mentions.forEach((m, index) => {
    if (!records.has(m.nodeId)) return;
    const set = aliases.get(m.nodeId) ?? new Set();
    if (m.form !== 'role') set.add(m.text);
    aliases.set(m.nodeId, set);
    if (!first.has(m.nodeId)) first.set(m.nodeId, [article.id, index]);
    if (m.type !== 'person' || !m.role) return;
    const ev = evidenceOf(article, m.role.start, m.role.end);
    const role: Role = { title: m.role.title, asOf: article.published, evidence: [ev] };
    if (m.role.state && records.has(m.role.state)) role.state = m.role.state;
    if (m.role.organization && records.has(m.role.organization)) role.organization = m.role.organization;
    const personRoles = roles.get(m.nodeId) ?? new Map<string, Role>();
    const key = roleKey(role);
    const known = personRoles.get(key);
    if (known) {
      if (!known.evidence!.some((e) => e.article === ev.article && e.start === ev.start)) known.evidence!.push(ev);
      if (firstDay(article.published) > firstDay(known.asOf)) known.asOf = article.published;
    } else {
      personRoles.set(key, role);
      const made = roleFirst.get(m.nodeId) ?? new Map<string, string>();
      made.set(key, article.id);
      roleFirst.set(m.nodeId, made);
    }
    roles.set(m.nodeId, personRoles);
    if (role.state) addEdge('represents', m.nodeId, role.state, ev);
    if (role.organization) addEdge('member_of', m.nodeId, role.organization, ev);
  });
}

/**
 * The ids a node is made for: every entity mentioned, and the state or organization a role names
 * ("Foreign Minister X" of a known person, in an article that never names the state): that node
 * must exist for the role and its edge. Mentioned entities first, in the order first mentioned.
 */
export function aggregateNodeIds(aggregate: EntityAggregate): string[] {
  const ids = [...aggregate.aliases.keys()];
  const seen = new Set(ids);
  for (const personRoles of aggregate.roles.values()) {
    for (const role of personRoles.values()) {
      for (const ref of [role.state, role.organization]) {
        if (ref && !seen.has(ref)) {
          seen.add(ref);
          ids.push(ref);
        }
      }
    }
  }
  return ids;
}

/** The node of one entity of the aggregate; the aggregate itself is left as it was. */
export function entityNode(aggregate: EntityAggregate, id: string, record: RecordEssentials): GraphNode {
  const base = { id, label: record.label, aliases: [...(aggregate.aliases.get(id) ?? [])].sort(byString) };
  if (record.type === 'person') {
    const own = structuredClone([...(aggregate.roles.get(id)?.values() ?? [])]);
    const list = foldBareRoles(own).sort((a, b) => byString(roleKey(a), roleKey(b)));
    return { ...base, type: 'person', roles: list };
  }
  if (record.type === 'state') return { ...base, type: 'state', ...(record.iso ? { iso: record.iso } : {}) };
  return { ...base, type: 'organization', ...(record.acronym ? { acronym: record.acronym } : {}) };
}

export function entityNodesAndEdges(
  items: readonly ArticleWithEntities[],
  records: ReadonlyMap<string, EntityRecord>,
  aggregate: EntityAggregate = emptyAggregate(),
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  for (const item of items) aggregateArticle(aggregate, item, records);
  const nodes = aggregateNodeIds(aggregate).map((id) => entityNode(aggregate, id, records.get(id)!));
  return { nodes, edges: [...aggregate.edges.values()] };
}
