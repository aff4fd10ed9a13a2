/**
 * Preset positions for the baseline page, so plain Cytoscape renders the same graph without
 * running a layout (layout is not what the benchmark compares). Positions stored in the graph
 * are used as they are; the rest get a cheap deterministic placement: states on a ring,
 * organizations on an outer ring, people around their state, meetings among their participants.
 */
import type { Graph } from '../src/shared/graph/schema';

export type Positions = Record<string, { x: number; y: number }>;

/** A stable pseudo-random number in [0, 1) from a string (FNV-1a). */
export function jitter(id: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash / 4294967296;
}

export function presetPositions(graph: Graph): Positions {
  const positions: Positions = {};
  const states = graph.nodes.filter((node) => node.type === 'state');
  const organizations = graph.nodes.filter((node) => node.type === 'organization');
  const ring = Math.max(2000, states.length * 40);
  const around = (id: string, x: number, y: number, radius: number) => {
    const angle = jitter(id, 1) * 2 * Math.PI;
    const distance = Math.sqrt(jitter(id, 2)) * radius;
    return { x: x + Math.cos(angle) * distance, y: y + Math.sin(angle) * distance };
  };
  states.forEach((node, i) => {
    const angle = (i / Math.max(1, states.length)) * 2 * Math.PI;
    positions[node.id] = node.position ?? { x: Math.cos(angle) * ring, y: Math.sin(angle) * ring };
  });
  organizations.forEach((node, i) => {
    const angle = (i / Math.max(1, organizations.length)) * 2 * Math.PI;
    positions[node.id] = node.position ?? { x: Math.cos(angle) * ring * 1.4, y: Math.sin(angle) * ring * 1.4 };
  });
  for (const node of graph.nodes) {
    if (node.type !== 'person') continue;
    const home = node.roles.find((role) => role.state !== undefined)?.state;
    const center = (home && positions[home]) || { x: 0, y: 0 };
    positions[node.id] = node.position ?? around(node.id, center.x, center.y, ring * 0.25);
  }
  const participants = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.type !== 'participant') continue;
    const list = participants.get(edge.target) ?? [];
    list.push(edge.source);
    participants.set(edge.target, list);
  }
  for (const node of graph.nodes) {
    if (node.type !== 'meeting') continue;
    if (node.position) {
      positions[node.id] = node.position;
      continue;
    }
    const placed = (participants.get(node.id) ?? []).map((id) => positions[id]).filter((p) => p !== undefined);
    const x = placed.reduce((sum, p) => sum + p.x, 0) / Math.max(1, placed.length);
    const y = placed.reduce((sum, p) => sum + p.y, 0) / Math.max(1, placed.length);
    positions[node.id] = around(node.id, x, y, ring * 0.05);
  }
  return positions;
}
