/**
 * A state or organization that no edge touches says nothing in a graph of who met whom: it was only
 * named in passing ("Caspian Five", a news agency as the source line, a state in a list of topics).
 * Such nodes are dropped, unless a curator has decided about them (accepted, corrected or curated):
 * a decision is never silently lost. People and meetings are never dropped here, and neither is a
 * state or organization that a person's role names (a known person's state from the catalogue,
 * when the article itself never names it), since the role would otherwise point nowhere.
 */
import type { Graph } from '../../shared/graph/schema';

const DROPPABLE = new Set(['state', 'organization']);

export function dropUnlinkedEntities(graph: Graph): Graph {
  const linked = new Set<string>();
  for (const edge of graph.edges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  for (const node of graph.nodes) {
    if (node.type !== 'person') continue;
    for (const role of node.roles) {
      if (role.state) linked.add(role.state);
      if (role.organization) linked.add(role.organization);
    }
  }
  const nodes = graph.nodes.filter(
    (node) =>
      !DROPPABLE.has(node.type) ||
      linked.has(node.id) ||
      (node.review !== undefined && node.review.state !== 'unreviewed'),
  );
  return nodes.length === graph.nodes.length ? graph : { ...graph, nodes };
}
