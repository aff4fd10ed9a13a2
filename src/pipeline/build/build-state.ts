/**
 * What a full build leaves for the next ingest, so that adding one article does not rebuild
 * 10,000 (ingest/fast-ingest.ts): DIR/.cache/build-state.v8 holds
 *   - the digest of the inputs the build read and the hash of the graph.json bytes it wrote
 *     (the state is used only while both still hold);
 *   - where each article, node and edge sits in graph.json (byte ranges, in the file's order);
 *   - the parts of the build an article adds to (BuildParts: the entity aggregate, the catalogue
 *     changes, the merge's month buckets, the meeting ids taken, …);
 *   - how many meetings each group of actors has, for the stable layout's spirals.
 * Like every cache here, deleting it only costs speed: without it an ingest runs the full build.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article, Graph } from '../../shared/graph/schema';
import { normalizedUrl, textFingerprint } from '../ingest/plan';
import { fileStatOf } from './corpus-cache';
import { readCacheFile, writeCacheFile } from '../io/cache-file';
import type { BuildParts } from './build-graph';
import { articleKey, CACHE_DIR } from './extraction-cache';
import { meetingGroups } from './layout';

const FILE = 'build-state.v8';
const MAGIC = 'diplograph-build-state-1';

/** The elements of one of graph.json's arrays: ids in file order (sorted) and each one's bytes [start, end). */
export interface Section {
  ids: string[];
  starts: number[];
  ends: number[];
}

/** One article file as the build read it: enough to know it unchanged, and to plan an ingest without reading it. */
export interface FileEntry {
  size: number;
  mtimeMs: number;
  id: string;
  /** Its extraction key (articleKey). */
  key: string;
  /** Its text's fingerprint for duplicate detection (ingest/plan.ts). */
  text: string;
  url: string | null;
}

export interface BuildState {
  digest: string;
  /** Every article file by name, in id order. */
  files: Map<string, FileEntry>;
  graphHash: string;
  articles: Section;
  nodes: Section;
  edges: Section;
  parts: Omit<BuildParts, 'aggregate'> & { aggregate: Omit<BuildParts['aggregate'], 'edges'> };
  /** Meeting group (its actors joined by \0, as layout.ts groups them) → meetings in the graph. */
  groups: Map<string, number>;
}

const SECTION_NAMES = ['articles', 'nodes', 'edges'] as const;
const OPEN = '\n    {';
const CLOSE = '\n    }';

/**
 * The byte ranges of each element of graph.json's three arrays, found in its bytes: serializeGraph
 * writes every element at four spaces' indent, its closing brace alone on a line, and no string in
 * it holds a raw line break, so "\n    {" and "\n    }" occur only where an element opens and
 * closes. Undefined when the bytes do not have the expected shape (then no state is kept).
 */
export function findSections(bytes: Buffer, graph: Pick<Graph, 'articles' | 'nodes' | 'edges'>) {
  const out = {} as Record<(typeof SECTION_NAMES)[number], Section>;
  let position = 0;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const name of SECTION_NAMES) {
    const ids = [...graph[name]].sort(byId).map((item) => item.id);
    const head = bytes.indexOf(`\n  "${name}": [`, position);
    if (head === -1 || ids.length === 0) return undefined;
    position = head;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < ids.length; i += 1) {
      const open = bytes.indexOf(OPEN, position);
      const close = bytes.indexOf(CLOSE, open + 1);
      if (open === -1 || close === -1) return undefined;
      starts.push(open + 1);
      ends.push(close + CLOSE.length);
      position = close + CLOSE.length;
      const next = bytes.toString('latin1', position, position + 4);
      if (i < ids.length - 1 ? next.slice(0, 2) !== ',\n' : next !== '\n  ]') return undefined;
    }
    out[name] = { ids, starts, ends };
  }
  return out;
}

/** How many meetings of the graph each group of actors has (the stable layout's `taken`). */
export function meetingGroupCounts(graph: Pick<Graph, 'nodes' | 'edges'>): Map<string, number> {
  const sorted = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { around } = meetingGroups(sorted, graph.edges);
  const counts = new Map<string, number>();
  for (const actors of around.values()) {
    const group = actors.join('\0');
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

/** Writes the state of a full build whose graph.json is `bytes` (hash `graphHash`); false when it was not kept. */
export function writeBuildState(
  dataDir: string,
  input: {
    digest: string;
    graphHash: string;
    bytes: Buffer;
    graph: Graph;
    parts: BuildParts;
    articles: readonly (Article & { file?: string })[];
  },
): boolean {
  const sections = findSections(input.bytes, input.graph);
  if (sections === undefined) return false;
  const files = new Map<string, FileEntry>();
  for (const article of [...input.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (article.file === undefined) return false;
    files.set(basename(article.file), fileEntry(article, fileStatOf(article) ?? statSync(article.file)));
  }
  const { edges: _edges, ...aggregate } = input.parts.aggregate;
  const state: BuildState = {
    digest: input.digest,
    files,
    graphHash: input.graphHash,
    ...sections,
    parts: { ...input.parts, aggregate },
    groups: meetingGroupCounts(input.graph),
  };
  return saveBuildState(dataDir, state);
}

export function fileEntry(article: Article, stat: { size: number; mtimeMs: number }): FileEntry {
  return {
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    id: article.id,
    key: articleKey(article),
    text: textFingerprint(article.text),
    url: article.url === null ? null : normalizedUrl(article.url),
  };
}

export function saveBuildState(dataDir: string, state: BuildState): boolean {
  return writeCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC, state);
}

/** The stored state, or undefined when there is none or it cannot be read. */
export function loadBuildState(dataDir: string): BuildState | undefined {
  const state = readCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC) as BuildState | undefined;
  if (state === undefined || typeof state.digest !== 'string' || !(state.files instanceof Map)) return undefined;
  return state;
}
