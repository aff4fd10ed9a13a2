/** Whether a graph person is a gold official, and whether a graph state is the gold state. */
import type { GraphNode } from '../../shared/graph/schema';
import { foldName, sameName } from './fold-name';
import type { GoldOfficial } from './gold';
import { namesOf } from './graph-index';

export function isOfficial(node: GraphNode, official: Pick<GoldOfficial, 'name' | 'forms'>): boolean {
  const goldNames = [official.name, ...official.forms];
  return namesOf(node).some((name) => goldNames.some((goldName) => sameName(name, goldName)));
}

export function findOfficial<T extends Pick<GoldOfficial, 'name' | 'forms'>>(
  node: GraphNode,
  officials: readonly T[],
): T | undefined {
  return officials.find((official) => isOfficial(node, official));
}

// Names a state id's slug does not spell; the graph may label the state either way.
const STATE_SYNONYMS: Record<string, string[]> = {
  turkiye: ['turkey', 'türkiye'],
  russia: ['russian federation'],
  'united-states': ['usa', 'united states of america'],
  'united-kingdom': ['uk', 'great britain'],
  czechia: ['czech republic'],
};

/** True when the graph's state id names the gold state (same id, or a state node called by its name). */
export function isGoldState(graphStateId: string, goldStateId: string, nodes: Map<string, GraphNode>): boolean {
  if (graphStateId === goldStateId) return true;
  const slug = goldStateId.replace(/^state:/, '');
  const goldNames = new Set([slug.replace(/-/g, ' '), ...(STATE_SYNONYMS[slug] ?? [])].map(foldName));
  const node = nodes.get(graphStateId);
  if (!node || node.type !== 'state') return false;
  return namesOf(node).some((name) => goldNames.has(foldName(name)));
}
