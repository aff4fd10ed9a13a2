/**
 * What a full build leaves for the next ingest, so that adding one article does not rebuild
 * 10,000 (ingest/fast-ingest.ts): DIR/.cache/build-state.v8 holds
 *   - the digest of the inputs the build read and the hash of the graph.json bytes it wrote
 *     (the state is used only while both still hold);
 *   - where each article, node and edge sits in graph.json (byte ranges, in the file's order);
 *   - the parts of the build an article adds to (BuildParts: the entity aggregate, the catalogue
 *     changes, the merge journal, the meeting ids taken, …);
 *   - how many meetings each group of actors has, for the stable layout's spirals.
 * Like every cache here, deleting it only costs speed: without it an ingest runs the full build.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article, Graph, Role } from '../../shared/graph/schema';
import { normalizedUrl, textFingerprint } from '../ingest/plan';
import { fileStatOf } from './corpus-cache';
import { writeFileAtomic } from '../io/atomic-write';
import { cacheFileBytes, readCacheFile, writeCacheFile } from '../io/cache-file';
import type { BuildParts } from './build-graph';
import { articleKey, CACHE_DIR, sha1 } from './extraction-cache';
import { outlineOf, writeStampOf } from './graph-stamp';
import { meetingGroups } from './layout';
import type { MergeJournal } from './merge-journal';

const FILE = 'build-state.v8';
const MAGIC = 'diplograph-build-state-4';

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
  /** The states and organizations the aggregate's roles name (so its node ids are known without reading every role). */
  roleRefs: Set<string>;
}

/**
 * A person's roles, read from the stored state only when asked for: an ingest touches the roles
 * of a few people, not of the thousands the state holds. Iterating reads them all.
 */
export class StoredRoles extends Map<string, Map<string, Role>> {
  private readonly blobs: Map<string, Uint8Array>;

  constructor(blobs: Map<string, Uint8Array>) {
    super();
    this.blobs = blobs;
  }

  override get(id: string): Map<string, Role> | undefined {
    let roles = super.get(id);
    if (roles === undefined) {
      const blob = this.blobs.get(id);
      if (blob === undefined) return undefined;
      roles = deserialize(blob) as Map<string, Role>;
      super.set(id, roles);
    }
    return roles;
  }

  override has(id: string): boolean {
    return super.has(id) || this.blobs.has(id);
  }

  override get size(): number {
    return new Set([...super.keys(), ...this.blobs.keys()]).size;
  }

  override keys(): MapIterator<string> {
    return new Set([...super.keys(), ...this.blobs.keys()]).keys();
  }

  override entries(): MapIterator<[string, Map<string, Role>]> {
    return new Map([...this.keys()].map((id) => [id, this.get(id)!] as const)).entries();
  }

  override values(): MapIterator<Map<string, Role>> {
    return new Map(this.entries()).values();
  }

  override [Symbol.iterator](): MapIterator<[string, Map<string, Role>]> {
    return this.entries();
  }

  override forEach(
    callback: (value: Map<string, Role>, key: string, map: Map<string, Map<string, Role>>) => void,
  ): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  /** Each person's roles serialized, those read (and maybe changed) serialized afresh. */
  stored(): Map<string, Uint8Array> {
    const out = new Map(this.blobs);
    for (const [id, roles] of super.entries()) out.set(id, serialize(roles));
    return out;
  }
}

function storedRoles(roles: Map<string, Map<string, Role>>): Map<string, Uint8Array> {
  if (roles instanceof StoredRoles) return roles.stored();
  return new Map([...roles].map(([id, list]) => [id, serialize(list)]));
}

const SECTION_NAMES = ['articles', 'nodes', 'edges'] as const;
const OPEN = Buffer.from('    {');
const CLOSE = Buffer.from('\n    }');
const END = Buffer.from('\n  ]');
const [NEWLINE, COMMA] = [10, 44];

/**
 * The byte ranges of each element of graph.json's three arrays, found in its bytes: serializeGraph
 * writes every element at four spaces' indent, its closing brace alone on a line, and no string in
 * it holds a raw line break, so "\n    }" occurs only where an element closes (deeper lines are
 * indented further), and the next one opens after ",\n". Undefined when the bytes do not have the expected shape (then no state is kept).
 */
export function findSections(bytes: Buffer, graph: Pick<Graph, 'articles' | 'nodes' | 'edges'>) {
  const out = {} as Record<(typeof SECTION_NAMES)[number], Section>;
  let position = 0;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const name of SECTION_NAMES) {
    const ids = [...graph[name]].sort(byId).map((item) => item.id);
    const head = bytes.indexOf(Buffer.from(`\n  "${name}": [`), position);
    if (head === -1 || ids.length === 0) return undefined;
    position = head;
    const starts: number[] = [];
    const ends: number[] = [];
    // The first element opens the line after the array's; each next one right after ",\n".
    let start = bytes.indexOf(NEWLINE, head + 1) + 1;
    for (let i = 0; i < ids.length; i += 1) {
      if (!OPEN.equals(bytes.subarray(start, start + OPEN.length))) return undefined;
      const close = bytes.indexOf(CLOSE, start);
      if (close === -1) return undefined;
      starts.push(start);
      position = close + CLOSE.length;
      ends.push(position);
      // The element is followed by ",\n" and the next one, or by "\n  ]" that ends the array.
      const last = i === ids.length - 1;
      const ok = last
        ? END.equals(bytes.subarray(position, position + END.length))
        : bytes[position] === COMMA && bytes[position + 1] === NEWLINE;
      if (!ok) return undefined;
      start = position + 2;
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

/**
 * A built graph.json stored with what vouches for it: the stamp and outline of its bytes when the
 * digest of its inputs is known, then the build state when the build collected one. build:data,
 * ingest and review all store a graph this way.
 */
export function storeGraph(
  dataDir: string,
  built: {
    json: string;
    graph: Graph;
    stamp?: string;
    state?: { parts: BuildParts; articles: readonly (Article & { file?: string })[] };
  },
): void {
  const bytes = Buffer.from(built.json, 'utf8');
  writeFileAtomic(join(dataDir, 'graph.json'), bytes);
  if (built.stamp === undefined) return;
  const hash = sha1(bytes);
  writeStampOf(dataDir, built.stamp, hash, outlineOf(built.graph));
  if (built.state)
    writeBuildState(dataDir, { digest: built.stamp, graphHash: hash, bytes, graph: built.graph, ...built.state });
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
    roleRefs: new Set(
      [...aggregate.roles.values()].flatMap((roles) =>
        [...roles.values()].flatMap((role) => [role.state, role.organization].filter((ref) => ref !== undefined)),
      ),
    ),
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

/**
 * The state as stored: long lists of short strings joined into one string and numbers in typed
 * arrays, which V8 serializes and reads back many times faster than arrays of small values (the
 * state is read and written by every ingest).
 */
const joined = (list: Iterable<string>) => [...list].join('\n');
const split = (text: string) => (text === '' ? [] : text.split('\n'));

function encodeSection(section: Section) {
  return { ids: joined(section.ids), starts: Float64Array.from(section.starts), ends: Float64Array.from(section.ends) };
}

function decodeSection(stored: ReturnType<typeof encodeSection>): Section | undefined {
  const ids = split(stored.ids);
  if (ids.length !== stored.starts.length || ids.length !== stored.ends.length) return undefined;
  return { ids, starts: Array.from(stored.starts), ends: Array.from(stored.ends) };
}

/** A map of strings as two joined lists (none of its strings holds a line break). */
const encodeMap = (map: ReadonlyMap<string, string>) => ({ keys: joined(map.keys()), values: joined(map.values()) });
function decodeMap(stored: ReturnType<typeof encodeMap>): Map<string, string> | undefined {
  const keys = split(stored.keys);
  const values = split(stored.values);
  return keys.length === values.length ? new Map(keys.map((key, i) => [key, values[i]!])) : undefined;
}

function encodeJournal(journal: MergeJournal) {
  return {
    owners: encodeMap(journal.owners),
    refs: encodeMap(journal.refs),
    touchers: encodeMap(journal.touchers),
    ids: encodeMap(journal.ids),
    cacheKeys: encodeMap(journal.cacheKeys),
    added: journal.added,
  };
}

function decodeJournal(stored: ReturnType<typeof encodeJournal>): MergeJournal | undefined {
  const [owners, refs, touchers, ids, cacheKeys] = [
    stored.owners,
    stored.refs,
    stored.touchers,
    stored.ids,
    stored.cacheKeys,
  ].map(decodeMap);
  if (!owners || !refs || !touchers || !ids || !cacheKeys || !(stored.added instanceof Map)) return undefined;
  return { owners, refs, touchers, ids, cacheKeys, added: stored.added };
}

function encode(state: BuildState) {
  const files = [...state.files];
  const entries = files.map(([, entry]) => entry);
  return {
    digest: state.digest,
    graphHash: state.graphHash,
    files: {
      names: joined(files.map(([name]) => name)),
      sizes: Float64Array.from(entries.map((e) => e.size)),
      mtimes: Float64Array.from(entries.map((e) => e.mtimeMs)),
      ids: joined(entries.map((e) => e.id)),
      keys: joined(entries.map((e) => e.key)),
      texts: joined(entries.map((e) => e.text)),
      urls: joined(entries.map((e) => e.url ?? '')),
    },
    articles: encodeSection(state.articles),
    nodes: encodeSection(state.nodes),
    edges: encodeSection(state.edges),
    parts: {
      ...state.parts,
      aggregate: { ...state.parts.aggregate, roles: storedRoles(state.parts.aggregate.roles) },
      journal: encodeJournal(state.parts.journal),
      meetingBases: joined(state.parts.meetingBases),
    },
    roleRefs: joined(state.roleRefs),
    groups: { keys: joined(state.groups.keys()), counts: Float64Array.from(state.groups.values()) },
  };
}

function decode(stored: ReturnType<typeof encode>): BuildState | undefined {
  const names = split(stored.files.names);
  const columns = [stored.files.ids, stored.files.keys, stored.files.texts, stored.files.urls].map(split);
  if (columns.some((column) => column.length !== names.length) || stored.files.sizes.length !== names.length) {
    return undefined;
  }
  const [ids, keys, texts, urls] = columns as [string[], string[], string[], string[]];
  const files = new Map<string, FileEntry>();
  names.forEach((name, i) => {
    const url = urls[i]!;
    files.set(name, {
      size: stored.files.sizes[i]!,
      mtimeMs: stored.files.mtimes[i]!,
      id: ids[i]!,
      key: keys[i]!,
      text: texts[i]!,
      url: url === '' ? null : url,
    });
  });
  const articles = decodeSection(stored.articles);
  const nodes = decodeSection(stored.nodes);
  const edges = decodeSection(stored.edges);
  const groupKeys = split(stored.groups.keys);
  const journal = decodeJournal(stored.parts.journal);
  if (!articles || !nodes || !edges || !journal || groupKeys.length !== stored.groups.counts.length) return undefined;
  return {
    digest: stored.digest,
    graphHash: stored.graphHash,
    files,
    articles,
    nodes,
    edges,
    parts: {
      ...stored.parts,
      aggregate: { ...stored.parts.aggregate, roles: new StoredRoles(stored.parts.aggregate.roles) },
      journal,
      meetingBases: new Set(split(stored.parts.meetingBases)),
    },
    groups: new Map(groupKeys.map((key, i) => [key, stored.groups.counts[i]!])),
    roleRefs: new Set(split(stored.roleRefs)),
  };
}

export function saveBuildState(dataDir: string, state: BuildState): boolean {
  return writeCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC, encode(state));
}

/** The state file's bytes, to write later (writeBuildStateBytes). */
export function buildStateBytes(state: BuildState): Buffer {
  return cacheFileBytes(MAGIC, encode(state));
}

export function writeBuildStateBytes(dataDir: string, bytes: Buffer): boolean {
  try {
    writeFileAtomic(join(dataDir, CACHE_DIR, FILE), bytes);
    return true;
  } catch {
    return false;
  }
}

/** The stored state, or undefined when there is none or it cannot be read. */
export function loadBuildState(dataDir: string): BuildState | undefined {
  const stored = readCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC) as ReturnType<typeof encode> | undefined;
  if (stored === undefined || typeof stored.digest !== 'string' || typeof stored.files?.names !== 'string') {
    return undefined;
  }
  return decode(stored);
}
