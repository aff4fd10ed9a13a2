/**
 * graph.json split for the browser: a slim first-view file (what the canvas, the filters, the
 * list and search need) and on-demand chunks (node details with their edges' evidence, article
 * texts). Derived at build time from the contract file, which stays as it is.
 *
 * The view file is columnar: one array per field, so 15,000 nodes parse as a few long arrays
 * instead of 15,000 objects, and gzip finds the repetition in each column. Edge ends are node
 * indices; an edge id is written only when it is not the usual `<type>:<source>-><target>`.
 * Nothing here validates: the app does that at its boundary, and names the contract's paths.
 */
import type { Article, Evidence, Graph, LocalizedText } from './schema';

export const VIEW_FORMAT = 1;

/** Where the files lie under the app's base URL. */
export const VIEW_PATH = 'data/view.json';
/** The default view's nodes and edges alone: what the first frame draws (see firstViewFile). */
export const FIRST_VIEW_PATH = 'data/first.json';
export const nodeChunkPath = (bucket: number) => `data/nodes/${bucket}.json`;
export const articleChunkPath = (bucket: number) => `data/articles/${bucket}.json`;

/** About this many nodes (articles) share one chunk: small enough to fetch on a click. */
const NODES_PER_CHUNK = 100;
const ARTICLES_PER_CHUNK = 40;
const MAX_CHUNKS = 1024;

/**
 * Values from a small set (node type, meeting kind, review state…) are written as an index
 * into the file's dictionary; null where the node has none.
 */
export interface ViewDictionary {
  nodeTypes: unknown[];
  edgeTypes: unknown[];
  kinds: unknown[];
  statuses: unknown[];
  reviews: unknown[];
}

export interface ViewFile {
  format: typeof VIEW_FORMAT;
  schemaVersion: unknown;
  /** Changes with graph.json; chunks carry it too, so a view never mixes with another build's chunk. */
  version: string;
  chunks: { nodes: number; articles: number };
  dictionary: ViewDictionary;
  nodes: {
    id: unknown[];
    type: (number | null)[];
    /** One column per language that any node has. */
    label: Record<string, unknown[]>;
    aliases: unknown[];
    x: unknown[];
    y: unknown[];
    /** The review state, null when the node has none (extracted, unreviewed). */
    review: (number | null)[];
    /** Curators' reasons, by node index: few nodes have one. */
    reviewReason: Record<string, unknown>;
    kind: (number | null)[];
    status: (number | null)[];
    dateStart: unknown[];
    dateEnd: unknown[];
  };
  edges: {
    /** Node indices; -1 where the id names no node, that id then in sourceName/targetName. */
    source: number[];
    target: number[];
    sourceName: Record<string, unknown>;
    targetName: Record<string, unknown>;
    type: (number | null)[];
    review: (number | null)[];
    reviewReason: Record<string, unknown>;
    /** How many evidence entries the edge has: the panels show the count before the quotes load. */
    sources: unknown[];
    /** Ids that are not `<type>:<source>-><target>`, by edge index. */
    id: Record<string, unknown>;
  };
}

/**
 * The rows of the view file that the app's default view shows (no filter, no range, no
 * selection, the first node budget), in the same columnar format, plus what the canvas needs
 * from the whole graph: each node's degree (its size) and how many nodes the view could have
 * shown. The app draws its first frame from this small file and loads view.json after it.
 */
export interface FirstViewFile extends ViewFile {
  first: {
    /** Each node's number of edges in the whole graph. */
    degree: number[];
    /** Nodes that pass the default filters in the whole graph, before the budget. */
    matching: number;
    /** Nodes and edges in the whole view file. */
    total: { nodes: number; edges: number };
  };
}

/** A person's role as the panel shows it: the role's own evidence stays in graph.json. */
export interface RoleDetails {
  title: LocalizedText;
  state?: string;
  organization?: string;
  asOf: string;
}

export interface NodeDetails {
  roles?: RoleDetails[];
  dateText?: string;
  place?: string;
  iso?: string;
  acronym?: LocalizedText;
}

export interface NodeChunk {
  format: typeof VIEW_FORMAT;
  version: string;
  bucket: number;
  nodes: Record<string, NodeDetails>;
  /** Every edge that touches a node of this chunk, with its quotes. */
  evidence: Record<string, Evidence[]>;
  /** The language of each article these quotes come from. */
  languages: Record<string, string>;
}

export interface ArticleChunk {
  format: typeof VIEW_FORMAT;
  version: string;
  bucket: number;
  articles: Article[];
}

export interface SplitGraph {
  view: ViewFile;
  nodeChunks: NodeChunk[];
  articleChunks: ArticleChunk[];
}

/** FNV-1a: which chunk an id lies in. The app computes the same to know what to fetch. */
export function bucketOf(id: string, buckets: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % buckets;
}

export function chunkCount(items: number, perChunk: number): number {
  return Math.min(MAX_CHUNKS, Math.max(1, Math.ceil(items / perChunk)));
}

export function usualEdgeId(type: unknown, source: unknown, target: unknown): string {
  return `${String(type)}:${String(source)}->${String(target)}`;
}

type LooseNode = Partial<Graph['nodes'][number]> & Record<string, unknown>;
type LooseEdge = Partial<Graph['edges'][number]>;

const orNull = (value: unknown) => (value === undefined ? null : value);

/** Writes values as indices into a list that grows as new values come. */
function encoder(values: unknown[]) {
  const codes = new Map<unknown, number>(values.map((value, i) => [value, i]));
  return (value: unknown): number | null => {
    if (value === undefined || value === null) return null;
    let code = codes.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codes.set(value, code);
    }
    return code;
  };
}

function viewNodes(nodes: readonly LooseNode[], dictionary: ViewDictionary): ViewFile['nodes'] {
  const languages = new Set<string>();
  for (const node of nodes) {
    if (node.label && typeof node.label === 'object') for (const tag of Object.keys(node.label)) languages.add(tag);
  }
  const label: Record<string, unknown[]> = {};
  for (const tag of [...languages].sort()) label[tag] = nodes.map((node) => orNull(node.label?.[tag]));
  const reviewReason: Record<string, unknown> = {};
  nodes.forEach((node, i) => {
    if (node.review?.reason !== undefined) reviewReason[i] = node.review.reason;
  });
  const type = encoder(dictionary.nodeTypes);
  const review = encoder(dictionary.reviews);
  const kind = encoder(dictionary.kinds);
  const status = encoder(dictionary.statuses);
  const date = (node: LooseNode) => node.date as { start?: unknown; end?: unknown } | undefined;
  return {
    id: nodes.map((node) => orNull(node.id)),
    type: nodes.map((node) => type(node.type)),
    label,
    aliases: nodes.map((node) => orNull(node.aliases)),
    x: nodes.map((node) => orNull(node.position?.x)),
    y: nodes.map((node) => orNull(node.position?.y)),
    review: nodes.map((node) => review(node.review?.state)),
    reviewReason,
    kind: nodes.map((node) => kind(node.kind)),
    status: nodes.map((node) => status(node.status)),
    dateStart: nodes.map((node) => orNull(date(node)?.start)),
    dateEnd: nodes.map((node) => orNull(date(node)?.end)),
  };
}

function viewEdges(
  edges: readonly LooseEdge[],
  nodeIndex: ReadonlyMap<unknown, number>,
  dictionary: ViewDictionary,
): ViewFile['edges'] {
  const id: Record<string, unknown> = {};
  const reviewReason: Record<string, unknown> = {};
  const sourceName: Record<string, unknown> = {};
  const targetName: Record<string, unknown> = {};
  edges.forEach((edge, i) => {
    if (edge.id !== usualEdgeId(edge.type, edge.source, edge.target)) id[i] = orNull(edge.id);
    if (edge.review?.reason !== undefined) reviewReason[i] = edge.review.reason;
    // An end that names no node keeps its id, so the app can say which it is.
    if (!nodeIndex.has(edge.source)) sourceName[i] = orNull(edge.source);
    if (!nodeIndex.has(edge.target)) targetName[i] = orNull(edge.target);
  });
  const type = encoder(dictionary.edgeTypes);
  const review = encoder(dictionary.reviews);
  return {
    source: edges.map((edge) => nodeIndex.get(edge.source) ?? -1),
    target: edges.map((edge) => nodeIndex.get(edge.target) ?? -1),
    sourceName,
    targetName,
    type: edges.map((edge) => type(edge.type)),
    review: edges.map((edge) => review(edge.review?.state)),
    reviewReason,
    sources: edges.map((edge) => (Array.isArray(edge.evidence) ? edge.evidence.length : null)),
    id,
  };
}

function details(node: LooseNode): NodeDetails {
  const out: NodeDetails = {};
  if (Array.isArray(node.roles)) {
    out.roles = node.roles.map((role) => {
      const { evidence: _evidence, ...shown } = role;
      return shown;
    });
  }
  for (const field of ['dateText', 'place', 'iso', 'acronym'] as const) {
    if (node[field] !== undefined) (out as Record<string, unknown>)[field] = node[field];
  }
  return out;
}

function nodeChunks(graph: Graph, version: string, buckets: number): NodeChunk[] {
  const chunks: NodeChunk[] = Array.from({ length: buckets }, (_, bucket) => ({
    format: VIEW_FORMAT,
    version,
    bucket,
    nodes: {},
    evidence: {},
    languages: {},
  }));
  const languageOf = new Map(graph.articles.map((article) => [article.id, article.language]));
  for (const node of graph.nodes) chunks[bucketOf(String(node.id), buckets)]!.nodes[node.id] = details(node);
  for (const edge of graph.edges) {
    const ends = new Set([bucketOf(String(edge.source), buckets), bucketOf(String(edge.target), buckets)]);
    for (const bucket of ends) {
      const chunk = chunks[bucket]!;
      chunk.evidence[edge.id] = edge.evidence;
      for (const evidence of edge.evidence ?? []) {
        const language = languageOf.get(evidence.article);
        if (language !== undefined) chunk.languages[evidence.article] = language;
      }
    }
  }
  return chunks;
}

function articleChunks(articles: readonly Article[], version: string, buckets: number): ArticleChunk[] {
  const chunks: ArticleChunk[] = Array.from({ length: buckets }, (_, bucket) => ({
    format: VIEW_FORMAT,
    version,
    bucket,
    articles: [],
  }));
  for (const article of articles) chunks[bucketOf(String(article.id), buckets)]!.articles.push(article);
  return chunks;
}

/**
 * Splits a parsed graph.json. It expects the contract's outline (arrays of articles, nodes and
 * edges) and copies every value as it finds it, valid or not, for the app to judge.
 */
export function splitGraph(graph: Graph, version: string): SplitGraph {
  if (!Array.isArray(graph?.nodes) || !Array.isArray(graph.edges) || !Array.isArray(graph.articles)) {
    throw new Error('graph.json needs arrays "articles", "nodes" and "edges"');
  }
  const nodeIndex = new Map<unknown, number>();
  graph.nodes.forEach((node, i) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, i);
  });
  const chunks = {
    nodes: chunkCount(graph.nodes.length, NODES_PER_CHUNK),
    articles: chunkCount(graph.articles.length, ARTICLES_PER_CHUNK),
  };
  const dictionary: ViewDictionary = { nodeTypes: [], edgeTypes: [], kinds: [], statuses: [], reviews: [] };
  return {
    view: {
      format: VIEW_FORMAT,
      schemaVersion: graph.schemaVersion,
      version,
      chunks,
      dictionary,
      nodes: viewNodes(graph.nodes as LooseNode[], dictionary),
      edges: viewEdges(graph.edges, nodeIndex, dictionary),
    },
    nodeChunks: nodeChunks(graph, version, chunks.nodes),
    articleChunks: articleChunks(graph.articles, version, chunks.articles),
  };
}

/** A record keyed by row number, renumbered to the rows kept. */
function keptRecord(record: Record<string, unknown>, renumber: ReadonlyMap<number, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [row, value] of Object.entries(record)) {
    const kept = renumber.get(Number(row));
    if (kept !== undefined) out[kept] = value;
  }
  return out;
}

/**
 * The view file cut down to the given node rows (in that order) and the given edge rows, whose
 * ends must be among those nodes. Dictionaries are kept whole, so codes mean the same.
 */
export function firstViewFile(
  view: ViewFile,
  nodeRows: readonly number[],
  edgeRows: readonly number[],
  extra: { degree: readonly number[]; matching: number },
): FirstViewFile {
  const nodeAt = new Map(nodeRows.map((row, i) => [row, i]));
  const edgeAt = new Map(edgeRows.map((row, i) => [row, i]));
  const pick = <T>(column: readonly T[], rows: readonly number[]) => rows.map((row) => column[row] as T);
  const { nodes, edges } = view;
  const end = (row: number) => {
    const kept = nodeAt.get(row);
    if (kept === undefined) throw new Error(`first view: edge end ${row} is not among the nodes kept`);
    return kept;
  };
  const label: Record<string, unknown[]> = {};
  for (const [tag, column] of Object.entries(nodes.label)) label[tag] = pick(column, nodeRows);
  return {
    ...view,
    nodes: {
      id: pick(nodes.id, nodeRows),
      type: pick(nodes.type, nodeRows),
      label,
      aliases: pick(nodes.aliases, nodeRows),
      x: pick(nodes.x, nodeRows),
      y: pick(nodes.y, nodeRows),
      review: pick(nodes.review, nodeRows),
      reviewReason: keptRecord(nodes.reviewReason, nodeAt),
      kind: pick(nodes.kind, nodeRows),
      status: pick(nodes.status, nodeRows),
      dateStart: pick(nodes.dateStart, nodeRows),
      dateEnd: pick(nodes.dateEnd, nodeRows),
    },
    edges: {
      source: edgeRows.map((row) => end(edges.source[row]!)),
      target: edgeRows.map((row) => end(edges.target[row]!)),
      sourceName: {},
      targetName: {},
      type: pick(edges.type, edgeRows),
      review: pick(edges.review, edgeRows),
      reviewReason: keptRecord(edges.reviewReason, edgeAt),
      sources: pick(edges.sources, edgeRows),
      id: keptRecord(edges.id, edgeAt),
    },
    first: {
      degree: [...extra.degree],
      matching: extra.matching,
      total: { nodes: nodes.id.length, edges: edges.source.length },
    },
  };
}

/** Every file of a split graph, by its path under the base URL, as minified JSON. */
export function splitGraphFiles(split: SplitGraph): Map<string, string> {
  const files = new Map<string, string>([[VIEW_PATH, JSON.stringify(split.view)]]);
  for (const chunk of split.nodeChunks) files.set(nodeChunkPath(chunk.bucket), JSON.stringify(chunk));
  for (const chunk of split.articleChunks) files.set(articleChunkPath(chunk.bucket), JSON.stringify(chunk));
  return files;
}
