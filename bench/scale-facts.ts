/** Things an end-to-end test at scale can look for in a generated graph, found from the graph itself. */
import type { Graph } from '../src/shared/graph/schema';

export interface ScaleFacts {
  nodes: number;
  edges: number;
  articles: number;
  /** The person in most meetings: a test searches for them and opens their panel. */
  busiestPerson: { id: string; label: string; meetings: number };
  /** One meeting of theirs, with its date: a test narrows the range to it and sees it. */
  meetingOfBusiestPerson?: { id: string; date: string; article: string; quote: string };
  /** The range of meeting dates. */
  meetingYears: [number, number];
}

export function scaleFacts(graph: Graph): ScaleFacts {
  const meetingsOf = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.type !== 'participant' || !edge.source.startsWith('person:')) continue;
    meetingsOf.set(edge.source, [...(meetingsOf.get(edge.source) ?? []), edge.id]);
  }
  const [personId, edgeIds] = [...meetingsOf.entries()].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  )[0] ?? ['', []];
  const person = graph.nodes.find((node) => node.id === personId);
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const edgeById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  let meeting: ScaleFacts['meetingOfBusiestPerson'];
  for (const id of edgeIds) {
    const edge = edgeById.get(id)!;
    const target = nodeById.get(edge.target);
    if (target?.type === 'meeting' && target.date && edge.evidence[0]) {
      const evidence = edge.evidence[0];
      meeting = { id: target.id, date: target.date.start, article: evidence.article, quote: evidence.quote };
      break;
    }
  }
  const years = graph.nodes.flatMap((node) =>
    node.type === 'meeting' && node.date ? [Number(node.date.start.slice(0, 4))] : [],
  );
  const facts: ScaleFacts = {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    articles: graph.articles.length,
    busiestPerson: {
      id: personId,
      label: person?.label.en ?? Object.values(person?.label ?? {})[0] ?? '',
      meetings: edgeIds.length,
    },
    meetingYears: years.length === 0 ? [0, 0] : [Math.min(...years), Math.max(...years)],
  };
  if (meeting) facts.meetingOfBusiestPerson = meeting;
  return facts;
}
