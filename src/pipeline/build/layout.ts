/**
 * Precomputed positions, so every visitor and every saved link sees the same picture: start
 * each node at a point drawn from a hash of its id, then run ForceAtlas2 a fixed number of
 * rounds. Same graph in, same positions out. Big graphs use the Barnes–Hut approximation so
 * the cost grows as n log n, not n².
 *
 * A big graph that already has a layout (the graph.json being replaced) keeps it: every node
 * there keeps its position and only new nodes are placed, beside their neighbours (stableLayout).
 * Positions are then a function of the graph and the previous positions, so building again on
 * top of the result gives the same bytes; `build:data --relayout` lays the whole graph out afresh.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphEdge, GraphNode } from '../../shared/graph/schema';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface LayoutOptions {
  iterations?: number;
  /** The positions of the layout being replaced, asked for only when the graph is big. */
  previous?: () => Positions | undefined;
}

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
  options: LayoutOptions = {},
): Map<string, { x: number; y: number }> {
  if (nodes.length <= BIG) return forceLayout(nodes, edges, options.iterations ?? 600);
  const previous = options.previous?.();
  if (previous !== undefined && keepsLayout(nodes, previous)) return stableLayout(nodes, edges, previous);
  return projectedLayout(nodes, edges);
}

/**
 * A previous layout is kept when it was itself a big graph's and holds at least half of the
 * nodes: an ingest adds a few nodes to thousands. A corpus replaced wholesale is laid out afresh.
 */
export function keepsLayout(nodes: readonly GraphNode[], previous: Positions): boolean {
  if (previous.size <= BIG) return false;
  let kept = 0;
  for (const node of nodes) if (previous.has(node.id)) kept += 1;
  return kept * 2 >= nodes.length;
}

/** Above this many nodes the layout runs on the actors only (projectedLayout). */
export const BIG = 400;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Seeded ForceAtlas2 over every node and edge: the layout of a graph of a few hundred nodes. */
function forceLayout(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  iterations: number,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false });
  const spread = Math.sqrt(nodes.length) * 40;
  for (const node of [...nodes].sort(byId)) {
    graph.addNode(node.id, {
      x: (hash(node.id, 1) - 0.5) * spread,
      y: (hash(node.id, 2) - 0.5) * spread,
      size: NODE_RADIUS,
    });
  }
  for (const edge of [...edges].sort(byId)) {
    if (edge.source === edge.target || graph.hasEdge(edge.source, edge.target)) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdge(edge.source, edge.target);
  }
  forceAtlas2.assign(graph, {
    iterations,
    settings: {
      barnesHutOptimize: false,
      gravity: 1,
      scalingRatio: 20,
      strongGravityMode: false,
      linLogMode: false,
      // Nodes keep apart by their size, so no two labels sit on each other.
      adjustSizes: true,
    },
  });
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => {
    positions.set(id, { x: round(attributes.x as number), y: round(attributes.y as number) });
  });
  return positions;
}

/**
 * Who each meeting joins (participants first, else the states and organizations it names, sorted)
 * and the edges between two actors (represents, member_of), from the nodes sorted by id.
 */
export function meetingGroups(
  sortedNodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): { around: Map<string, string[]>; actorLinks: [string, string][] } {
  const type = new Map(sortedNodes.map((node) => [node.id, node.type]));
  const isMeeting = (id: string) => type.get(id) === 'meeting';
  const participants = new Map<string, Set<string>>();
  const named = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, meeting: string, actor: string) => {
    const set = map.get(meeting) ?? new Set<string>();
    set.add(actor);
    map.set(meeting, set);
  };
  const actorLinks: [string, string][] = [];
  // Edge order does not matter: every set made here is sorted before it is used, and weights are sums.
  for (const edge of edges) {
    if (!type.has(edge.source) || !type.has(edge.target)) continue;
    const sourceMeeting = isMeeting(edge.source);
    const targetMeeting = isMeeting(edge.target);
    if (sourceMeeting && targetMeeting) continue;
    if (!sourceMeeting && !targetMeeting) actorLinks.push([edge.source, edge.target]);
    else if (edge.type === 'participant') add(participants, edge.target, edge.source);
    else add(named, sourceMeeting ? edge.source : edge.target, sourceMeeting ? edge.target : edge.source);
  }
  const around = new Map<string, string[]>();
  for (const node of sortedNodes) {
    if (node.type !== 'meeting') continue;
    around.set(node.id, [...(participants.get(node.id) ?? named.get(node.id) ?? [])].sort());
  }
  return { around, actorLinks };
}

/**
 * Puts each meeting not yet in `positions` beside the centre of its actors: the meetings of the
 * same actors share a centre and take the next place on its sunflower spiral, after the `taken` ones.
 */
function placeMeetings(
  sortedNodes: readonly GraphNode[],
  around: ReadonlyMap<string, string[]>,
  positions: Map<string, { x: number; y: number }>,
  taken: Map<string, number>,
  spread: number,
): void {
  for (const node of sortedNodes) {
    if (node.type !== 'meeting' || positions.has(node.id)) continue;
    const actors = around.get(node.id) ?? [];
    const at = actors.map((id) => positions.get(id)!).filter(Boolean);
    const group = actors.join('\0');
    const centre =
      at.length > 0
        ? { x: at.reduce((sum, p) => sum + p.x, 0) / at.length, y: at.reduce((sum, p) => sum + p.y, 0) / at.length }
        : { x: (hash(node.id, 1) - 0.5) * spread, y: (hash(node.id, 2) - 0.5) * spread };
    const rank = taken.get(group) ?? 0;
    taken.set(group, rank + 1);
    const radius = NODE_RADIUS * 1.5 * Math.sqrt(rank + 1);
    const angle = rank * GOLDEN_ANGLE + hash(group, 3) * 2 * Math.PI;
    positions.set(node.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
}

/**
 * Laying out part of a graph (an ingest places only the nodes it adds, given the nodes and edges
 * around them): how many nodes the whole graph has, and how many placed meetings each group of
 * actors has outside the part.
 */
export interface StablePart {
  nodeCount: number;
  taken: ReadonlyMap<string, number>;
}

/**
 * The previous layout kept, new nodes added to it: a new state, person or organization beside the
 * centre of the placed actors it meets or is linked to (else at its hashed point), then each new
 * meeting beside its actors, on their spiral after the meetings of theirs already placed. Nothing
 * already placed moves, so a picture a user knows stays the same and an ingest costs no force layout.
 */
export function stableLayout(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  previous: Positions,
  part?: StablePart,
): Map<string, { x: number; y: number }> {
  const sortedNodes = [...nodes].sort(byId);
  const { around, actorLinks } = meetingGroups(sortedNodes, edges);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of sortedNodes) {
    const p = previous.get(node.id);
    if (p !== undefined) positions.set(node.id, { x: p.x, y: p.y });
  }
  const neighbours = new Map<string, Set<string>>();
  const near = (a: string, b: string) => {
    if (a === b || positions.has(a)) return;
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const [a, b] of actorLinks) {
    near(a, b);
    near(b, a);
  }
  for (const actors of around.values()) {
    for (const a of actors) if (!positions.has(a)) for (const b of actors) near(a, b);
  }
  const spread = Math.sqrt(part?.nodeCount ?? nodes.length) * 40;
  for (const node of sortedNodes) {
    if (node.type === 'meeting' || positions.has(node.id)) continue;
    const at = [...(neighbours.get(node.id) ?? [])]
      .sort()
      .map((id) => positions.get(id))
      .filter((p) => p !== undefined);
    const angle = hash(node.id, 3) * 2 * Math.PI;
    const p =
      at.length > 0
        ? {
            x: at.reduce((sum, q) => sum + q.x, 0) / at.length + NODE_RADIUS * 3 * Math.cos(angle),
            y: at.reduce((sum, q) => sum + q.y, 0) / at.length + NODE_RADIUS * 3 * Math.sin(angle),
          }
        : { x: (hash(node.id, 1) - 0.5) * spread, y: (hash(node.id, 2) - 0.5) * spread };
    positions.set(node.id, { x: round(p.x), y: round(p.y) });
  }
  const taken = new Map<string, number>(part?.taken ?? []);
  for (const node of sortedNodes) {
    if (node.type !== 'meeting' || !previous.has(node.id)) continue;
    const group = (around.get(node.id) ?? []).join('\0');
    taken.set(group, (taken.get(group) ?? 0) + 1);
  }
  placeMeetings(sortedNodes, around, positions, taken, spread);
  const rounded = new Map<string, { x: number; y: number }>();
  for (const node of sortedNodes) {
    const p = positions.get(node.id)!;
    rounded.set(node.id, { x: round(p.x), y: round(p.y) });
  }
  return rounded;
}

/** At most this many of a meeting's participants are joined pairwise in the actor graph. */
const CLIQUE = 6;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The layout of a big graph, where nearly every node is a meeting (14,000 of 15,700 at 10,000
 * articles). ForceAtlas2 runs on the states, people and organizations only, two of them pulled
 * together as often as they meet (and by their own edges: represents, member_of); each meeting is
 * then put beside the centre of its participants, the meetings of the same participants on a
 * sunflower spiral so none covers another. A deterministic function of the graph, like the
 * small-graph layout, at a fraction of the cost of a force layout over every meeting.
 */
function projectedLayout(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): Map<string, { x: number; y: number }> {
  const sortedNodes = [...nodes].sort(byId);
  const { around, actorLinks } = meetingGroups(sortedNodes, edges);
  const weights = new Map<string, number>();
  const link = (a: string, b: string, weight: number) => {
    if (a === b) return;
    const key = a < b ? `${a}\0${b}` : `${b}\0${a}`;
    weights.set(key, (weights.get(key) ?? 0) + weight);
  };
  for (const [a, b] of actorLinks) link(a, b, 1);
  for (const actors of around.values()) {
    const joined = actors.slice(0, CLIQUE);
    for (let i = 0; i < joined.length; i += 1)
      for (let j = i + 1; j < joined.length; j += 1) link(joined[i]!, joined[j]!, 1);
  }

  const actors = new Graph({ type: 'undirected', multi: false });
  const actorNodes = sortedNodes.filter((node) => node.type !== 'meeting');
  const spread = Math.sqrt(Math.max(actorNodes.length, 1)) * 40;
  for (const node of actorNodes) {
    actors.addNode(node.id, {
      x: (hash(node.id, 1) - 0.5) * spread,
      y: (hash(node.id, 2) - 0.5) * spread,
      size: NODE_RADIUS,
    });
  }
  for (const key of [...weights.keys()].sort()) {
    const [a, b] = key.split('\0') as [string, string];
    actors.addEdge(a, b, { weight: weights.get(key)! });
  }
  forceAtlas2.assign(actors, {
    iterations: Math.max(30, Math.min(150, Math.round(60_000 / Math.max(actors.order, 1)))),
    getEdgeWeight: 'weight',
    settings: {
      barnesHutOptimize: actors.order > BIG,
      gravity: 1,
      scalingRatio: 40,
      // Actors that meet nobody of the rest stay near the picture instead of drifting far out.
      strongGravityMode: true,
      linLogMode: false,
      // Heavy pairs (two ministers who met a hundred times) pull, but do not collapse into one point.
      edgeWeightInfluence: 0.5,
      adjustSizes: actors.order <= BIG,
    },
  });

  // Scaled to the footprint a force layout over every node used to have: 95% of the actors within
  // 40 units per square root of the node count from the centre, so the app's zoom levels still fit.
  const raw: [string, number, number][] = [];
  actors.forEachNode((id, attributes) => raw.push([id, attributes.x as number, attributes.y as number]));
  const mx = raw.reduce((sum, [, x]) => sum + x, 0) / Math.max(raw.length, 1);
  const my = raw.reduce((sum, [, , y]) => sum + y, 0) / Math.max(raw.length, 1);
  const radii = raw.map(([, x, y]) => Math.hypot(x - mx, y - my)).sort((a, b) => a - b);
  const r95 = radii[Math.floor(0.95 * (radii.length - 1))] ?? 0;
  const scale = r95 > 0 ? (Math.sqrt(nodes.length) * 40) / r95 : 1;
  const positions = new Map<string, { x: number; y: number }>();
  for (const [id, x, y] of raw) positions.set(id, { x: (x - mx) * scale, y: (y - my) * scale });
  placeMeetings(sortedNodes, around, positions, new Map(), spread);
  const rounded = new Map<string, { x: number; y: number }>();
  for (const node of sortedNodes) {
    const p = positions.get(node.id)!;
    rounded.set(node.id, { x: round(p.x), y: round(p.y) });
  }
  return rounded;
}
