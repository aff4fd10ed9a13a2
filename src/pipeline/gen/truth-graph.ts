/**
 * The graph a perfect extractor would build from a generated corpus, in the data/graph.json
 * format: every person, state, organization and meeting the texts name, and every edge with
 * the sentence that states it. The benchmark uses it to size the app and the baseline when it
 * wants a graph independent of the pipeline, and tests use it to check the generator's offsets.
 */
import { SCHEMA_VERSION, type Evidence, type Graph, type GraphEdge, type GraphNode } from '../../shared/graph/schema';
import { isoDay } from './calendar';
import { type Corpus } from './corpus';
import { POST_TITLES } from './lexicon/roles';

type EdgeType = GraphEdge['type'];

export function buildTruthGraph(corpus: Corpus): Graph {
  const { world, planner, articles } = corpus;
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const stateId = (index: number) => `state:${world.states[index]!.slug}`;
  const organizationId = (index: number) => `organization:${world.organizations[index]!.slug}`;
  const personId = (index: number) => `person:${world.people[index]!.slug}`;
  const meetingId = (index: number) => {
    const event = planner.events[index]!;
    return `meeting:${isoDay(event.day)}-${event.kind.replace(/_/g, '-')}-${index}`;
  };
  const alias = (id: string, surface: string) => {
    const node = nodes.get(id)!;
    if (!node.aliases.includes(surface)) node.aliases.push(surface);
  };
  const addState = (index: number) => {
    const id = stateId(index);
    if (!nodes.has(id)) {
      const state = world.states[index]!;
      const node: GraphNode = {
        id,
        type: 'state',
        label: { en: state.en, ru: state.ru.nom, uk: state.uk.nom },
        aliases: [],
      };
      if (state.iso) node.iso = state.iso;
      nodes.set(id, node);
    }
    return id;
  };
  const addOrganization = (index: number) => {
    const id = organizationId(index);
    if (!nodes.has(id)) {
      const organization = world.organizations[index]!;
      const node: GraphNode = {
        id,
        type: 'organization',
        label: { en: organization.en, ru: organization.ru.nom, uk: organization.uk.nom },
        aliases: [],
      };
      if (organization.acronym) node.acronym = { ...organization.acronym };
      nodes.set(id, node);
    }
    return id;
  };
  const addEdge = (type: EdgeType, source: string, target: string, evidence: Evidence) => {
    const id = `${type}:${source}->${target}`;
    const edge = edges.get(id) ?? { id, source, target, type, evidence: [] };
    if (!edge.evidence.some((e) => e.article === evidence.article && e.start === evidence.start)) {
      edge.evidence.push(evidence);
    }
    edges.set(id, edge);
  };

  for (const article of articles) {
    const { text } = article.written;
    const quote = (start: number, end: number): Evidence => ({
      article: article.id,
      start,
      end,
      quote: text.slice(start, end),
    });
    for (const mention of article.written.states)
      alias(addState(mention.state), text.slice(mention.start, mention.end));
    for (const mention of article.written.organizations) {
      alias(addOrganization(mention.organization), text.slice(mention.start, mention.end));
    }
    for (const mention of article.written.people) {
      const person = world.people[mention.person]!;
      const id = personId(mention.person);
      if (!nodes.has(id)) {
        nodes.set(id, {
          id,
          type: 'person',
          label: { en: person.name.en, ru: person.name.ru.nom, uk: person.name.uk.nom },
          aliases: [],
          roles: [],
        });
      }
      alias(id, text.slice(mention.start, mention.end));
      if (!mention.role) continue;
      const node = nodes.get(id)!;
      const role = mention.role;
      const roleNow = person.roles.find((r) => r.state === role.state && r.organization === role.organization);
      if (node.type === 'person' && roleNow) {
        const title = POST_TITLES[roleNow.post];
        const where =
          role.organization !== undefined ? world.organizations[role.organization]!.en : world.states[role.state]!.en;
        const entry: (typeof node.roles)[number] = {
          title: { en: title.en.replace(/\{state\}|\{organization\}/, where), ru: title.ru.nom, uk: title.uk.nom },
          state: addState(role.state),
          asOf: article.published,
          evidence: [quote(role.start, role.end)],
        };
        if (role.organization !== undefined) entry.organization = addOrganization(role.organization);
        if (!node.roles.some((r) => r.state === entry.state && r.title.en === entry.title.en)) node.roles.push(entry);
      }
      if (role.organization !== undefined) {
        addEdge('member_of', id, addOrganization(role.organization), quote(role.start, role.end));
      } else {
        addEdge('represents', id, addState(role.state), quote(role.start, role.end));
      }
    }
    for (const sentence of article.written.events) {
      const event = planner.events[sentence.event]!;
      const id = meetingId(event.index);
      if (!nodes.has(id)) {
        const names = event.participants.map((p) => world.people[p]!.name.en);
        const node: GraphNode = {
          id,
          type: 'meeting',
          label: { en: `${event.kind.replace(/_/g, ' ')}: ${names.join(', ')}` },
          aliases: [],
          kind: event.kind,
          date: { start: isoDay(event.day) },
          status: event.status,
        };
        if (event.place !== undefined) node.place = world.states[event.place]!.en;
        nodes.set(id, node);
      }
      const evidence = quote(sentence.start, sentence.end);
      const inside = article.written.people.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      for (const mention of inside) {
        if (event.participants.includes(mention.person)) addEdge('participant', personId(mention.person), id, evidence);
      }
      if (event.place !== undefined) addEdge('held_in', id, addState(event.place), evidence);
      if (event.parent !== undefined && nodes.has(meetingId(event.parent))) {
        addEdge('part_of', id, meetingId(event.parent), evidence);
      }
      if (event.organization !== undefined) addEdge('participant', addOrganization(event.organization), id, evidence);
    }
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles
      .map((article) => ({
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        published: article.published,
        language: article.language,
        text: article.written.text,
      }))
      .sort(byId),
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort(byId),
  };
}
