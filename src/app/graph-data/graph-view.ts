/**
 * The first-view file (src/shared/graph/split.ts) at the app's boundary: validated with zod and
 * a few cheap row checks, then read into columns (graph-table.ts) that the index serves the
 * explorer's nodes and edges from.
 * Problems name the place in graph.json they come from (`nodes[1].date.start`), since that is
 * the file a person fixes.
 */
import { z } from 'zod';
import { isIsoDate, isOrderedPair } from '../../shared/dates/iso';
import { formatPath, type GraphProblem } from '../../shared/graph/invariants';
import {
  EDGE_TYPES,
  INVALID_DATE,
  INVALID_NODE_ID,
  LanguageSchema,
  MEETING_STATUSES,
  NODE_ID_PATTERN,
  NODE_TYPES,
  REVIEW_STATES,
  SCHEMA_VERSION,
  type EdgeType,
  type LocalizedText,
  type ReviewState,
} from '../../shared/graph/schema';
import { usualEdgeId, VIEW_FORMAT } from '../../shared/graph/split';
import { NO_CODE, viewOfTable, type GraphTable } from './graph-table';

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

/** A column: zod checks it is a list; its values are checked in the loops below. */
const column = <T>() => z.custom<T[]>((value) => Array.isArray(value), { message: 'is not a list' });
const codes = column<number | null>();

/**
 * The file's outline, its dictionaries and small records, with zod. The columns' 200,000 values
 * are checked in plain loops below (type, id and date syntax, references, dictionary codes):
 * a schema call per value, and the copy zod makes of every list, cost more than the rest of
 * the load's JavaScript together.
 */
export const ViewFileSchema = z.object({
  format: z.literal(VIEW_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().min(1),
  chunks: z.object({ nodes: z.number().int().positive(), articles: z.number().int().positive() }),
  dictionary: z.object({
    nodeTypes: z.array(z.enum(NODE_TYPES)),
    edgeTypes: z.array(z.enum(EDGE_TYPES)),
    kinds: z.array(z.string().regex(/^[a-z_]+$/)),
    statuses: z.array(z.enum(MEETING_STATUSES)),
    reviews: z.array(z.enum(REVIEW_STATES)),
  }),
  nodes: z.object({
    id: column<string>(),
    type: codes,
    label: z.record(LanguageSchema, column<string | null>()),
    aliases: column<string[]>(),
    x: column<number | null>(),
    y: column<number | null>(),
    review: codes,
    reviewReason: z.record(z.string(), z.string()),
    kind: codes,
    status: codes,
    dateStart: column<string | null>(),
    dateEnd: column<string | null>(),
  }),
  edges: z.object({
    source: column<number>(),
    target: column<number>(),
    sourceName: z.record(z.string(), z.string()),
    targetName: z.record(z.string(), z.string()),
    type: codes,
    review: codes,
    reviewReason: z.record(z.string(), z.string()),
    sources: column<number>(),
    id: z.record(z.string(), z.string().min(1)),
  }),
});

type ViewFileData = z.infer<typeof ViewFileSchema>;
type Dictionary = ViewFileData['dictionary'];

/** Where each column's values sit in a graph.json node or edge. */
const FIELD_IN_CONTRACT: Record<string, string> = {
  x: 'position.x',
  y: 'position.y',
  review: 'review.state',
  reviewReason: 'review.reason',
  dateStart: 'date.start',
  dateEnd: 'date.end',
  sources: 'evidence',
  sourceName: 'source',
  targetName: 'target',
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

/** Which column holds codes into each dictionary, to name a bad entry by a row that uses it. */
const CODED: Record<keyof Dictionary, [group: 'nodes' | 'edges', column: string][]> = {
  nodeTypes: [['nodes', 'type']],
  edgeTypes: [['edges', 'type']],
  kinds: [['nodes', 'kind']],
  statuses: [['nodes', 'status']],
  reviews: [
    ['nodes', 'review'],
    ['edges', 'review'],
  ],
};

/** A zod issue's path as a graph.json path; a dictionary entry is named by the first row that uses it. */
function issuePath(json: unknown, path: readonly PropertyKey[]): string {
  const [group, name, entry] = path;
  if (group !== 'dictionary' || typeof entry !== 'number') return contractPath(path);
  const view = json as Record<string, Record<string, unknown>>;
  for (const [rowGroup, column] of CODED[name as keyof Dictionary] ?? []) {
    const values = view[rowGroup]?.[column];
    const row = Array.isArray(values) ? values.indexOf(entry) : -1;
    if (row >= 0) return contractPath([rowGroup, column, row]);
  }
  return formatPath(path);
}

function lengthProblems(group: string, count: number, columns: [string, unknown[]][]): GraphProblem[] {
  return columns
    .filter(([, column]) => column.length !== count)
    .map(([name, column]) => ({ path: group, message: `column ${name} has ${column.length} entries for ${count}` }));
}

const isCode = (code: unknown, dictionary: readonly unknown[]): code is number =>
  Number.isInteger(code) && (code as number) >= 0 && (code as number) < dictionary.length;

/** A code into a dictionary, or null for none. */
function checkCode(code: unknown, dictionary: readonly unknown[], path: string, problems: GraphProblem[]) {
  if (code !== null && !isCode(code, dictionary)) {
    problems.push({ path, message: `has code ${String(code)}, which the file's dictionary does not define` });
  }
}

const isOptionalNumber = (value: unknown) => value === null || Number.isFinite(value);
const isNames = (value: unknown) => Array.isArray(value) && value.every((name) => typeof name === 'string');

function checkNodes(view: ViewFileData, problems: GraphProblem[]): void {
  const { nodes, dictionary } = view;
  const count = nodes.id.length;
  const labels = Object.entries(nodes.label);
  problems.push(
    ...lengthProblems('nodes', count, [
      ['type', nodes.type],
      ['aliases', nodes.aliases],
      ['x', nodes.x],
      ['y', nodes.y],
      ['review', nodes.review],
      ['kind', nodes.kind],
      ['status', nodes.status],
      ['dateStart', nodes.dateStart],
      ['dateEnd', nodes.dateEnd],
      ...labels.map(([tag, column]): [string, unknown[]] => [`label.${tag}`, column]),
    ]),
  );
  if (problems.length > 0) return;
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const id = nodes.id[i];
    if (typeof id !== 'string') {
      problems.push({ path: `nodes[${i}].id`, message: 'is not a string' });
      continue;
    }
    const code = nodes.type[i];
    const type = isCode(code, dictionary.nodeTypes) ? dictionary.nodeTypes[code] : undefined;
    if (type === undefined) {
      problems.push({ path: `nodes[${i}].type`, message: `is not one of ${NODE_TYPES.join(', ')}` });
      continue;
    }
    if (!NODE_ID_PATTERN.test(id)) problems.push({ path: `nodes[${i}].id`, message: INVALID_NODE_ID });
    else if (!id.startsWith(`${type}:`)) {
      problems.push({ path: `nodes[${i}].id`, message: `should start with "${type}:" for a ${type} node` });
    }
    if (seen.has(id)) problems.push({ path: `nodes[${i}].id`, message: `duplicates node id "${id}"` });
    seen.add(id);
    let named = false;
    for (const [tag, column] of labels) {
      const name = column[i];
      if (name === '') problems.push({ path: `nodes[${i}].label.${tag}`, message: 'is an empty name' });
      else if (typeof name === 'string') named = true;
      else if (name !== null) problems.push({ path: `nodes[${i}].label.${tag}`, message: 'is not a string' });
    }
    if (!named) problems.push({ path: `nodes[${i}].label`, message: 'needs a name in at least one language' });
    if (!isNames(nodes.aliases[i])) problems.push({ path: `nodes[${i}].aliases`, message: 'is not a list of names' });
    if (!isOptionalNumber(nodes.x[i]) || !isOptionalNumber(nodes.y[i])) {
      problems.push({ path: `nodes[${i}].position`, message: 'is not a pair of numbers' });
    } else if ((nodes.x[i] === null) !== (nodes.y[i] === null)) {
      problems.push({ path: `nodes[${i}].position`, message: 'needs both x and y' });
    }
    checkCode(nodes.review[i], dictionary.reviews, `nodes[${i}].review.state`, problems);
    if (type !== 'meeting') continue;
    checkCode(nodes.kind[i], dictionary.kinds, `nodes[${i}].kind`, problems);
    checkCode(nodes.status[i], dictionary.statuses, `nodes[${i}].status`, problems);
    if (nodes.kind[i] === null) problems.push({ path: `nodes[${i}].kind`, message: 'is missing for a meeting' });
    if (nodes.status[i] === null) problems.push({ path: `nodes[${i}].status`, message: 'is missing for a meeting' });
    checkDate(nodes.dateStart[i], nodes.dateEnd[i], i, problems);
  }
}

function checkDate(start: unknown, end: unknown, i: number, problems: GraphProblem[]) {
  const hasStart = start !== null && start !== undefined;
  const hasEnd = end !== null && end !== undefined;
  const goodStart = typeof start === 'string' && isIsoDate(start);
  if (hasStart && !goodStart) problems.push({ path: `nodes[${i}].date.start`, message: INVALID_DATE });
  if (hasEnd && (typeof end !== 'string' || !isIsoDate(end))) {
    problems.push({ path: `nodes[${i}].date.end`, message: INVALID_DATE });
  } else if (hasEnd && !hasStart) {
    problems.push({ path: `nodes[${i}].date.start`, message: 'is missing where the date has an end' });
  } else if (goodStart && typeof end === 'string' && !isOrderedPair(start, end)) {
    problems.push({ path: `nodes[${i}].date.end`, message: 'ends before it starts' });
  }
}

/** The edges' ids (given, or the usual one), and what is wrong with their ends, types and ids. */
function checkEdges(view: ViewFileData, problems: GraphProblem[]): string[] {
  const { edges, dictionary } = view;
  const ids = view.nodes.id;
  const count = edges.source.length;
  problems.push(
    ...lengthProblems('edges', count, [
      ['target', edges.target],
      ['type', edges.type],
      ['review', edges.review],
      ['sources', edges.sources],
    ]),
  );
  if (problems.length > 0) return [];
  const edgeIds: string[] = new Array<string>(count);
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const source = endOf(edges.source[i]!, edges.sourceName[i], ids, `edges[${i}].source`, problems);
    const target = endOf(edges.target[i]!, edges.targetName[i], ids, `edges[${i}].target`, problems);
    const code = edges.type[i];
    const type = isCode(code, dictionary.edgeTypes) ? dictionary.edgeTypes[code] : undefined;
    if (type === undefined) {
      problems.push({ path: `edges[${i}].type`, message: `is not one of ${EDGE_TYPES.join(', ')}` });
    }
    const sources = edges.sources[i];
    if (!Number.isInteger(sources) || (sources as number) < 1) {
      problems.push({ path: `edges[${i}].evidence`, message: 'needs at least one evidence quote' });
    }
    checkCode(edges.review[i], dictionary.reviews, `edges[${i}].review.state`, problems);
    const id = edges.id[i] ?? usualEdgeId(type, source, target);
    if (seen.has(id)) problems.push({ path: `edges[${i}].id`, message: `duplicates edge id "${id}"` });
    seen.add(id);
    edgeIds[i] = id;
  }
  return edgeIds;
}

function endOf(
  index: unknown,
  name: string | undefined,
  ids: readonly string[],
  path: string,
  problems: GraphProblem[],
): string {
  const id = Number.isInteger(index) ? ids[index as number] : undefined;
  if (id !== undefined) return id;
  const named = name === undefined ? `node number ${String(index)}` : `"${name}"`;
  problems.push({ path, message: `refers to ${named}, which is not a node in the file` });
  return name ?? String(index);
}

/** Equal strings from the file as one string: aliases that repeat a name, dates many meetings share. */
function interner() {
  const seen = new Map<string, string>();
  return <T>(value: T): T => {
    if (typeof value !== 'string') return value;
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    seen.set(value, value);
    return value;
  };
}

/** A dictionary's codes as positions in the schema's own list, so the table needs no dictionary. */
function recode(dictionary: readonly unknown[], schema: readonly unknown[], codes: readonly (number | null)[]) {
  const to = dictionary.map((value) => schema.indexOf(value));
  return Uint8Array.from(codes, (code) => (code === null || code === undefined ? NO_CODE : to[code]!));
}

const reasons = (record: Record<string, string>, rows: (row: number) => number | undefined) =>
  new Map(
    Object.entries(record).flatMap(([row, reason]) => {
      const kept = rows(Number(row));
      return kept === undefined ? [] : [[kept, reason] as [number, string]];
    }),
  );

/** The checked file as columns (graph-table.ts); edges in `leftOut` are not among them. */
function tableOf(view: ViewFileData, ids: readonly string[], leftOut: ReadonlySet<number>): GraphTable {
  const { nodes, edges, dictionary } = view;
  const count = nodes.id.length;
  const intern = interner();
  const labels = Object.entries(nodes.label).map(([tag, column]) => [tag, column.map(intern)] as const);
  const aliasStart = new Int32Array(count + 1);
  const aliasList: string[] = [];
  for (let i = 0; i < count; i += 1) {
    for (const alias of nodes.aliases[i]!) aliasList.push(intern(alias));
    aliasStart[i + 1] = aliasList.length;
  }
  const coordinate = (column: readonly (number | null)[]) =>
    Float64Array.from(column, (value) => (value === null || value === undefined ? Number.NaN : value));
  const kept: number[] = [];
  const edgeRow = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 1) {
    if (leftOut.has(i)) continue;
    edgeRow.set(i, kept.length);
    kept.push(i);
  }
  const unusualId = new Map<number, string>();
  for (const [row, id] of Object.entries(edges.id)) {
    const at = edgeRow.get(Number(row));
    if (at !== undefined) unusualId.set(at, id);
  }
  const nodeRow = (row: number) => (row < count ? row : undefined);
  const pick = (column: readonly (number | null)[]) => kept.map((i) => column[i]!);
  return {
    nodeCount: count,
    edgeCount: kept.length,
    ids: nodes.id,
    rowOf: new Map(nodes.id.map((id, row) => [id, row])),
    type: recode(dictionary.nodeTypes, NODE_TYPES, nodes.type),
    labels,
    aliasStart,
    aliasList,
    x: coordinate(nodes.x),
    y: coordinate(nodes.y),
    review: recode(dictionary.reviews, REVIEW_STATES, nodes.review),
    reviewReason: reasons(nodes.reviewReason, nodeRow),
    kind: Uint8Array.from(nodes.kind, (code) => code ?? NO_CODE),
    kinds: dictionary.kinds,
    status: Uint8Array.from(nodes.status, (code) => code ?? NO_CODE),
    statuses: dictionary.statuses,
    dateStart: nodes.dateStart.map(intern),
    dateEnd: nodes.dateEnd,
    source: Int32Array.from(kept, (i) => edges.source[i]!),
    target: Int32Array.from(kept, (i) => edges.target[i]!),
    edgeType: recode(dictionary.edgeTypes, EDGE_TYPES, pick(edges.type)),
    edgeReview: recode(dictionary.reviews, REVIEW_STATES, pick(edges.review)),
    edgeReviewReason: reasons(edges.reviewReason, (row) => edgeRow.get(row)),
    sources: Int32Array.from(kept, (i) => edges.sources[i]!),
    unusualId,
    unusualRow: new Map([...unusualId].map(([row, id]) => [id, row])),
    nodeCache: new Map(),
    edgeCache: new Map(),
    edgeRowCache: new Map(),
  };
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
      problems: parsed.error.issues.map((issue) => ({ path: issuePath(json, issue.path), message: issue.message })),
    };
  }
  const data = parsed.data;
  const problems: GraphProblem[] = [];
  checkNodes(data, problems);
  if (problems.length > 0) return { ok: false, problems };
  const edgeIds = checkEdges(data, problems);
  const faultyEdges = new Set<number>();
  for (const problem of problems) {
    const match = EDGE_PATH.exec(problem.path);
    if (!match) return { ok: false, problems };
    faultyEdges.add(Number(match[1]));
  }
  const view = viewOfTable(data.version, data.chunks, tableOf(data, edgeIds, faultyEdges));
  return { ok: true, view, setAside: problems };
}
