/** Read-only lookups over a built graph that scoring needs: who has evidence where, who took part in what. */
import type { Graph, GraphNode, MeetingNode, PersonNode } from '../../shared/graph/schema';

export interface GraphIndex {
  nodes: Map<string, GraphNode>;
  /** Node id → the articles that hold evidence for it (its edges' quotes and its roles' quotes). */
  evidenceArticles: Map<string, Set<string>>;
  /** Meeting id → ids of the nodes with a participant edge to it. */
  participants: Map<string, Set<string>>;
  /** Meeting id → ids of the states it was held in. */
  heldIn: Map<string, Set<string>>;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const evidenceArticles = new Map<string, Set<string>>();
  const participants = new Map<string, Set<string>>();
  const heldIn = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    for (const evidence of edge.evidence) {
      addTo(evidenceArticles, edge.source, evidence.article);
      addTo(evidenceArticles, edge.target, evidence.article);
    }
    const sourceType = nodes.get(edge.source)?.type;
    const targetType = nodes.get(edge.target)?.type;
    if (edge.type === 'participant') {
      // The contract points participant edges at the meeting; accept either direction all the same.
      if (targetType === 'meeting') addTo(participants, edge.target, edge.source);
      else if (sourceType === 'meeting') addTo(participants, edge.source, edge.target);
    }
    if (edge.type === 'held_in' && sourceType === 'meeting' && targetType === 'state') {
      addTo(heldIn, edge.source, edge.target);
    }
  }
  for (const node of graph.nodes) {
    if (node.type !== 'person') continue;
    for (const role of node.roles) {
      for (const evidence of role.evidence ?? []) addTo(evidenceArticles, node.id, evidence.article);
    }
  }
  return { nodes, evidenceArticles, participants, heldIn };
}

/** Every name a node goes by: its labels in all languages and its aliases. */
export function namesOf(node: GraphNode): string[] {
  return [...Object.values(node.label), ...node.aliases];
}

export function hasEvidenceIn(index: GraphIndex, nodeId: string, article: string): boolean {
  return index.evidenceArticles.get(nodeId)?.has(article) ?? false;
}

export function peopleWithEvidenceIn(index: GraphIndex, article: string): PersonNode[] {
  return [...index.nodes.values()].filter(
    (node): node is PersonNode => node.type === 'person' && hasEvidenceIn(index, node.id, article),
  );
}

export function meetingsWithEvidenceIn(index: GraphIndex, article: string): MeetingNode[] {
  return [...index.nodes.values()].filter(
    (node): node is MeetingNode => node.type === 'meeting' && hasEvidenceIn(index, node.id, article),
  );
}

/** The states a meeting involves: state participants, where it was held, and its people's states. */
export function statesOfMeeting(index: GraphIndex, meetingId: string): Set<string> {
  const states = new Set(index.heldIn.get(meetingId) ?? []);
  for (const id of index.participants.get(meetingId) ?? []) {
    const node = index.nodes.get(id);
    if (node?.type === 'state') states.add(node.id);
    if (node?.type === 'person') for (const role of node.roles) if (role.state) states.add(role.state);
  }
  return states;
}
