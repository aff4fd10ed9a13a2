/**
 * Precomputed positions, so every visitor and every saved link sees the same picture: start
 * each node at a point drawn from a hash of its id, then run ForceAtlas2 a fixed number of
 * rounds. Same graph in, same positions out. Big graphs use the Barnes–Hut approximation so
 * the cost grows as n log n, not n².
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphEdge, GraphNode } from '../../shared/graph/schema';

/** FNV-1a: a small, stable string hash. */
function hash(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The radius the layout keeps free around each node, in layout units. */
const NODE_RADIUS = 12;

export function layoutPositions(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  iterations = 600,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false });
  const spread = Math.sqrt(nodes.length) * 40;
  for (const node of [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    graph.addNode(node.id, {
      x: (hash(node.id, 1) - 0.5) * spread,
      y: (hash(node.id, 2) - 0.5) * spread,
      size: NODE_RADIUS,
    });
  }
  for (const edge of [...edges].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (edge.source === edge.target || graph.hasEdge(edge.source, edge.target)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdge(edge.source, edge.target);
  }
  const big = graph.order > 400;
  forceAtlas2.assign(graph, {
    // Barnes–Hut rounds shrink as the graph grows, so the layout stays a few seconds at 10,000 articles.
    iterations: big ? Math.max(12, Math.min(40, Math.round(120_000 / graph.order))) : iterations,
    settings: {
      barnesHutOptimize: big,
      gravity: 1,
      scalingRatio: 20,
      strongGravityMode: false,
      linLogMode: false,
      // Small graphs: nodes keep apart by their size, so no two labels sit on each other.
      adjustSizes: !big,
    },
  });
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => {
    positions.set(id, { x: round(attributes.x as number), y: round(attributes.y as number) });
  });
  return positions;
}
