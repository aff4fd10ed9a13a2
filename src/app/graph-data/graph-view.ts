/**
 * The first-view file (src/shared/graph/split.ts) at the app's boundary: validated with zod and
 * a few cheap row checks, then decoded into the nodes and edges the explorer works with.
 * Problems name the place in graph.json they come from (`nodes[1].date.start`), since that is
 * the file a person fixes.
 */
import { z } from 'zod';
import { isOrderedPair } from '../../shared/dates/iso';
import { formatPath, type GraphProblem } from '../../shared/graph/invariants';
import {
  EDGE_TYPES,
  IsoDateSchema,
  LanguageSchema,
  MEETING_STATUSES,
  NODE_TYPES,
  NodeIdSchema,
  REVIEW_STATES,
  SCHEMA_VERSION,
  type EdgeType,
  type LocalizedText,
  type ReviewState,
} from '../../shared/graph/schema';
import { usualEdgeId, VIEW_FORMAT } from '../../shared/graph/split';

export interface Review {
  state: ReviewState;
  reason?: string;
}

interface ViewNodeBase {
  id: string;
  label: LocalizedText;
  aliases: string[];
  review?: Review;
  position?: { x: number; y: number };
}

export interface ViewActor extends ViewNodeBase {
  type: 'state' | 'person' | 'organization';
}

export interface ViewMeeting extends ViewNodeBase {
  type: 'meeting';
  kind: string;
  status: (typeof MEETING_STATUSES)[number];
  date?: { start: string; end?: string };
}

/** A node as the canvas, filters, list and search need it; details load with its chunk. */
export type ViewNode = ViewActor | ViewMeeting;

/** An edge's topology; its evidence loads with the chunk of its meeting (or source). */
export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  review?: Review;
  /** How many evidence entries it has. */
  sources: number;
}

export interface GraphView {
  version: string;
  chunks: { nodes: number; articles: number };
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const nullable = <T extends z.ZodType>(schema: T) => z.array(schema.nullable());
const nodeEnd = z.union([z.number().int().nonnegative(), z.string()]);

export const ViewFileSchema = z.object({
  format: z.literal(VIEW_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().min(1),
  chunks: z.object({ nodes: z.number().int().positive(), articles: z.number().int().positive() }),
  nodes: z.object({
    id: z.array(NodeIdSchema),
    type: z.array(z.enum(NODE_TYPES)),
    label: z.record(LanguageSchema, nullable(z.string().min(1))),
    aliases: z.array(z.array(z.string())),
    x: nullable(z.number()),
    y: nullable(z.number()),
    review: nullable(z.enum(REVIEW_STATES)),
    reviewReason: z.record(z.string(), z.string()),
    kind: nullable(z.string().regex(/^[a-z_]+$/)),
    status: nullable(z.enum(MEETING_STATUSES)),
    dateStart: nullable(IsoDateSchema),
    dateEnd: nullable(IsoDateSchema),
  }),
  edges: z.object({
    source: z.array(nodeEnd),
    target: z.array(nodeEnd),
    type: z.array(z.enum(EDGE_TYPES)),
    review: nullable(z.enum(REVIEW_STATES)),
    reviewReason: z.record(z.string(), z.string()),
    sources: z.array(z.number().int().min(1, 'needs at least one evidence quote')),
    id: z.record(z.string(), z.string().min(1)),
  }),
});

type ViewFileData = z.infer<typeof ViewFileSchema>;

/** Where each column's values sit in a graph.json node or edge. */
const FIELD_IN_CONTRACT: Record<string, string> = {
  x: 'position.x',
  y: 'position.y',
  review: 'review.state',
  reviewReason: 'review.reason',
  dateStart: 'date.start',
  dateEnd: 'date.end',
  sources: 'evidence',
};

/** A path in the view file, e.g. ["nodes", "dateStart", 1], as the graph.json path it came from. */
export function contractPath(path: readonly PropertyKey[]): string {
  const [group, field, ...rest] = path;
  if ((group !== 'nodes' && group !== 'edges') || typeof field !== 'string' || rest.length === 0) {
    return formatPath(path);
  }
  let row = rest.shift();
  let suffix = FIELD_IN_CONTRACT[field] ?? field;
  if (field === 'label') {
    // label.<language>[row]
    suffix = `label.${String(row)}`;
    row = rest.shift();
  }
  if (row === undefined) return formatPath(path);
  return `${group}[${Number(row)}].${suffix}${rest.length > 0 ? formatPath(rest).replace(/^(?!\[)/, '.') : ''}`;
}

function checkNodes(nodes: ViewFileData['nodes'], problems: GraphProblem[]): void {
  const count = nodes.id.length;
  const columns: [string, unknown[]][] = [
    ['type', nodes.type],
    ['aliases', nodes.aliases],
    ['x', nodes.x],
    ['y', nodes.y],
    ['review', nodes.review],
    ['kind', nodes.kind],
    ['status', nodes.status],
    ['dateStart', nodes.dateStart],
    ['dateEnd', nodes.dateEnd],
    ...Object.entries(nodes.label).map(([tag, column]): [string, unknown[]] => [`label.${tag}`, column]),
  ];
  for (const [name, column] of columns) {
    if (column.length !== count) {
      problems.push({ path: 'nodes', message: `column ${name} has ${column.length} entries for ${count} nodes` });
    }
  }
  if (problems.length > 0) return;
  const labels = Object.values(nodes.label);
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const id = nodes.id[i]!;
    const type = nodes.type[i]!;
    if (seen.has(id)) problems.push({ path: `nodes[${i}].id`, message: `duplicates node id "${id}"` });
    seen.add(id);
    if (!id.startsWith(`${type}:`)) {
      problems.push({ path: `nodes[${i}].id`, message: `should start with "${type}:" for a ${type} node` });
    }
    if (!labels.some((column) => column[i] !== null)) {
      problems.push({ path: `nodes[${i}].label`, message: 'needs a name in at least one language' });
    }
    if ((nodes.x[i] === null) !== (nodes.y[i] === null)) {
      problems.push({ path: `nodes[${i}].position`, message: 'needs both x and y' });
    }
    if (type !== 'meeting') continue;
    if (nodes.kind[i] === null) problems.push({ path: `nodes[${i}].kind`, message: 'is missing for a meeting' });
    if (nodes.status[i] === null) problems.push({ path: `nodes[${i}].status`, message: 'is missing for a meeting' });
    const start = nodes.dateStart[i];
    const end = nodes.dateEnd[i];
    if (end !== null && end !== undefined) {
      if (start === null || start === undefined) {
        problems.push({ path: `nodes[${i}].date.start`, message: 'is missing where the date has an end' });
      } else if (!isOrderedPair(start, end)) {
        problems.push({ path: `nodes[${i}].date.end`, message: 'ends before it starts' });
      }
    }
  }
}

function edgeEnd(value: number | string, ids: readonly string[]): string | null {
  return typeof value === 'number' ? (ids[value] ?? null) : null;
}

function checkEdges(view: ViewFileData, problems: GraphProblem[]): void {
  const { edges } = view;
  const count = edges.type.length;
  for (const [name, column] of [
    ['source', edges.source],
    ['target', edges.target],
    ['review', edges.review],
    ['sources', edges.sources],
  ] as const) {
    if (column.length !== count) {
      problems.push({ path: 'edges', message: `column ${name} has ${column.length} entries for ${count} edges` });
    }
  }
  if (problems.length > 0) return;
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    for (const end of ['source', 'target'] as const) {
      const value = edges[end][i]!;
      if (edgeEnd(value, view.nodes.id) === null) {
        const named = typeof value === 'string' ? `"${value}"` : `node number ${value}`;
        problems.push({ path: `edges[${i}].${end}`, message: `refers to ${named}, which is not a node in the file` });
      }
    }
    const id = edges.id[i] ?? usualEdgeId(edges.type[i], endId(view, 'source', i), endId(view, 'target', i));
    if (seen.has(id)) problems.push({ path: `edges[${i}].id`, message: `duplicates edge id "${id}"` });
    seen.add(id);
  }
}

function endId(view: ViewFileData, end: 'source' | 'target', i: number): string {
  const value = view.edges[end][i]!;
  return typeof value === 'number' ? (view.nodes.id[value] ?? String(value)) : value;
}

function review(state: ReviewState | null | undefined, reason: string | undefined): Review | undefined {
  if (state === null || state === undefined) return undefined;
  return reason === undefined ? { state } : { state, reason };
}

function decodeNodes(nodes: ViewFileData['nodes']): ViewNode[] {
  const languages = Object.entries(nodes.label);
  return nodes.id.map((id, i): ViewNode => {
    const label: LocalizedText = {};
    for (const [tag, column] of languages) {
      const name = column[i];
      if (name !== null && name !== undefined) label[tag] = name;
    }
    const base: ViewNodeBase = { id, label, aliases: nodes.aliases[i]! };
    const reviewed = review(nodes.review[i], nodes.reviewReason[i]);
    if (reviewed) base.review = reviewed;
    const x = nodes.x[i];
    const y = nodes.y[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) base.position = { x, y };
    const type = nodes.type[i]!;
    if (type !== 'meeting') return { ...base, type };
    const meeting: ViewMeeting = { ...base, type, kind: nodes.kind[i]!, status: nodes.status[i]! };
    const start = nodes.dateStart[i];
    const end = nodes.dateEnd[i];
    if (start !== null && start !== undefined) meeting.date = end ? { start, end } : { start };
    return meeting;
  });
}

function decodeEdges(view: ViewFileData, leftOut: ReadonlySet<number>): ViewEdge[] {
  const { edges } = view;
  const decoded: ViewEdge[] = [];
  for (let i = 0; i < edges.type.length; i += 1) {
    if (leftOut.has(i)) continue;
    const source = endId(view, 'source', i);
    const target = endId(view, 'target', i);
    const type = edges.type[i]!;
    const edge: ViewEdge = {
      id: edges.id[i] ?? usualEdgeId(type, source, target),
      source,
      target,
      type,
      sources: edges.sources[i]!,
    };
    const reviewed = review(edges.review[i], edges.reviewReason[i]);
    if (reviewed) edge.review = reviewed;
    decoded.push(edge);
  }
  return decoded;
}

const EDGE_PATH = /^edges\[(\d+)\]/;

export type ViewCheck =
  { ok: true; view: GraphView; setAside: GraphProblem[] } | { ok: false; problems: GraphProblem[] };

/**
 * Validates and decodes the view file. A file whose only faults are in some edges still opens
 * without those edges, which are reported; any other fault refuses the whole file.
 */
export function readGraphView(json: unknown): ViewCheck {
  const parsed = ViewFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: contractPath(issue.path), message: issue.message })),
    };
  }
  const data = parsed.data;
  const problems: GraphProblem[] = [];
  checkNodes(data.nodes, problems);
  if (problems.length > 0) return { ok: false, problems };
  checkEdges(data, problems);
  const faultyEdges = new Set<number>();
  for (const problem of problems) {
    const match = EDGE_PATH.exec(problem.path);
    if (!match) return { ok: false, problems };
    faultyEdges.add(Number(match[1]));
  }
  const view: GraphView = {
    version: data.version,
    chunks: data.chunks,
    nodes: decodeNodes(data.nodes),
    edges: decodeEdges(data, faultyEdges),
  };
  return { ok: true, view, setAside: problems };
}
