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

export function entityNodesAndEdges(
  items: readonly ArticleWithEntities[],
  records: ReadonlyMap<string, EntityRecord>,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const aliases = new Map<string, Set<string>>();
  const roles = new Map<string, Map<string, Role>>();
  const edges = new Map<string, GraphEdge>();

  const addEdge = (type: GraphEdge['type'], source: string, target: string, ev: GraphEdge['evidence'][number]) => {
    const id = edgeId(type, source, target);
    const edge = edges.get(id) ?? { id, source, target, type, evidence: [] };
    if (!edge.evidence.some((e) => e.article === ev.article && e.start === ev.start && e.end === ev.end)) {
      edge.evidence.push(ev);
    }
    edges.set(id, edge);
  };

  for (const { article, entities } of items) {
    for (const m of entities.mentions) {
      if (!records.has(m.nodeId)) continue;
      const set = aliases.get(m.nodeId) ?? new Set();
      if (m.form !== 'role') set.add(m.text);
      aliases.set(m.nodeId, set);
      if (m.type !== 'person' || !m.role) continue;
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
      } else personRoles.set(key, role);
      roles.set(m.nodeId, personRoles);
      if (role.state) addEdge('represents', m.nodeId, role.state, ev);
      if (role.organization) addEdge('member_of', m.nodeId, role.organization, ev);
    }
  }

  // A role may take its state or organization from the catalogue ("Foreign Minister X" of a known
  // person, in an article that never names the state): that node must exist for the role and its edge.
  for (const personRoles of roles.values()) {
    for (const role of personRoles.values()) {
      for (const ref of [role.state, role.organization]) if (ref && !aliases.has(ref)) aliases.set(ref, new Set());
    }
  }

  const nodes: GraphNode[] = [];
  for (const [id, seen] of aliases) {
    const record = records.get(id)!;
    const base = { id, label: record.label, aliases: [...seen].sort(byString) };
    if (record.type === 'person') {
      const list = foldBareRoles([...(roles.get(id)?.values() ?? [])]).sort((a, b) => byString(roleKey(a), roleKey(b)));
      nodes.push({ ...base, type: 'person', roles: list });
    } else if (record.type === 'state') {
      nodes.push({ ...base, type: 'state', ...(record.iso ? { iso: record.iso } : {}) });
    } else {
      nodes.push({ ...base, type: 'organization', ...(record.acronym ? { acronym: record.acronym } : {}) });
    }
  }
  return { nodes, edges: [...edges.values()] };
}
