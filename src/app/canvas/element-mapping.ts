/** Graph nodes → Cytoscape element definitions (edges go to edge-layer.ts), and id-based diffs between sets. */
import type { ElementDefinition } from 'cytoscape';
import type { GraphNode } from '../graph-data/graph-index';
import { isUnreviewed } from '../graph-data/review';

/** A stable spot for a node the pipeline gave no position: a golden-angle spiral seeded by its id. */
export function fallbackPosition(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const n = (hash >>> 0) % 10007;
  const angle = n * 2.399963;
  const radius = 40 * Math.sqrt(n);
  return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
}

export function nodeClasses(node: GraphNode): string {
  const classes = [`type-${node.type}`];
  if (isUnreviewed(node.review)) classes.push('unreviewed');
  if (node.type === 'meeting' && node.status === 'planned') classes.push('planned');
  return classes.join(' ');
}

export function nodeElement(node: GraphNode, label: string, degree: number): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: node.id, label, type: node.type, weight: degree },
    position: node.position ? { x: node.position.x, y: node.position.y } : fallbackPosition(node.id),
    classes: nodeClasses(node),
  };
}

/** What to add and what to remove to turn the ids shown into the ids wanted. */
export function diffIds(shown: Iterable<string>, wanted: ReadonlySet<string>): { add: string[]; remove: string[] } {
  const shownSet = new Set(shown);
  const remove = [...shownSet].filter((id) => !wanted.has(id));
  const add = [...wanted].filter((id) => !shownSet.has(id));
  return { add, remove };
}
