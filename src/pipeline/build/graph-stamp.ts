/**
 * What graph.json was built from: DIR/.cache/graph-stamp holds a digest of the build's inputs
 * (every article as the build reads it, the curated and review files, the pipeline's source) and
 * a hash of the graph.json bytes it wrote. Beside it, DIR/.cache/graph-outline holds what ingest
 * and the layout need of that graph (node ids, labels and positions, the edge count), so neither
 * parses the 50 MB file: ingest takes it as the graph as it stands, the layout as the positions
 * to keep. A missing or stale stamp or outline only means building or parsing instead.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article, Graph, GraphNode } from '../../shared/graph/schema';
import { writeFileAtomic } from '../io/atomic-write';
import { readCacheFile, writeCacheFile } from '../io/cache-file';
import { filesUnder } from '../io/files-under';
import { articleKey, CACHE_DIR, codeFingerprint, sha1 } from './extraction-cache';

const STAMP = 'graph-stamp';
const OUTLINE = 'graph-outline';
const OUTLINE_MAGIC = 'diplograph-outline-2';

/** Every file under a folder, sorted, as name and bytes. */
function folderBytes(dir: string, hash: (part: string | Uint8Array) => void): void {
  for (const path of filesUnder(dir)) {
    hash(basename(path));
    hash(readFileSync(path));
  }
}

/** The digest of everything the build of this data folder depends on. */
export function inputsDigest(dataDir: string, articles: readonly Article[]): string {
  return inputsDigestOfKeys(
    dataDir,
    articles.map((article) => ({ id: article.id, key: articleKey(article) })),
  );
}

/** inputsDigest from each article's extraction key (articleKey), for a corpus known without reading it. */
export function inputsDigestOfKeys(dataDir: string, articles: readonly { id: string; key: string }[]): string {
  const parts: string[] = [codeFingerprint(['src/pipeline', 'src/shared'], ['package-lock.json'])];
  for (const article of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    parts.push(article.key);
  }
  folderBytes(join(dataDir, 'curated'), (part) => parts.push(sha1(part)));
  parts.push('reviews');
  folderBytes(join(dataDir, 'reviews'), (part) => parts.push(sha1(part)));
  return sha1(parts.join('\0'));
}

/** What ingest's report and the stable layout need of a graph: its nodes' ids, labels, positions (by id), and its size. */
export interface GraphOutline {
  nodes: readonly Pick<GraphNode, 'id' | 'label' | 'position'>[];
  edgeCount: number;
}

export function outlineOf(graph: Pick<Graph, 'nodes' | 'edges'>): GraphOutline {
  return {
    nodes: graph.nodes
      .map(({ id, label, position }) => (position ? { id, label, position } : { id, label }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edgeCount: graph.edges.length,
  };
}

/**
 * Records that graph.json now holds the bytes with this hash, built from inputs with this digest,
 * and the outline of the graph they hold. The stamp is written last: an outline without it is never used.
 */
export function writeStampOf(dataDir: string, digest: string, hash: string, outline?: GraphOutline): void {
  try {
    if (outline)
      writeCacheFile(join(dataDir, CACHE_DIR, OUTLINE), OUTLINE_MAGIC, { hash, outline: encodeOutline(outline) });
    writeFileAtomic(join(dataDir, CACHE_DIR, STAMP), `${digest} ${hash}\n`);
  } catch {
    // Only a speed-up is lost.
  }
}

/** The hash graph.json's bytes have now (read as bytes: no 50 MB string is decoded), or undefined without one. */
const hashes = new Map<string, { size: number; mtimeMs: number; hash: string }>();
export function graphHash(dataDir: string): string | undefined {
  const path = join(dataDir, 'graph.json');
  try {
    // One ingest asks twice (the graph before, the layout to keep); the file is hashed once.
    const { size, mtimeMs } = statSync(path);
    const known = hashes.get(path);
    if (known?.size === size && known.mtimeMs === mtimeMs) return known.hash;
    const hash = sha1(readFileSync(path));
    hashes.set(path, { size, mtimeMs, hash });
    return hash;
  } catch {
    return undefined;
  }
}

function stamp(dataDir: string): { digest: string; hash: string } | undefined {
  try {
    const [digest, hash] = readFileSync(join(dataDir, CACHE_DIR, STAMP), 'utf8')
      .trim()
      .split(' ');
    return digest && hash ? { digest, hash } : undefined;
  } catch {
    return undefined;
  }
}

/** The stored outline of graph.json with this hash, when the stamp says it was built from these inputs. */
export function outlineOfStamped(dataDir: string, digest: string, hash: string): GraphOutline | undefined {
  const stamped = stamp(dataDir);
  if (stamped?.digest !== digest || stamped.hash !== hash) return undefined;
  return storedOutline(dataDir, hash);
}

/**
 * The outline as stored: ids joined into one string, labels as one JSON text, positions in typed
 * arrays. V8 writes and reads these several times faster than 15,000 small objects, and every
 * one-article ingest reads the outline and writes it back.
 */
function encodeOutline(outline: GraphOutline) {
  const { nodes } = outline;
  return {
    ids: nodes.map((node) => node.id).join('\n'),
    labels: JSON.stringify(nodes.map((node) => node.label)),
    placed: Uint8Array.from(nodes, (node) => (node.position ? 1 : 0)),
    x: Float64Array.from(nodes, (node) => node.position?.x ?? 0),
    y: Float64Array.from(nodes, (node) => node.position?.y ?? 0),
    edgeCount: outline.edgeCount,
  };
}

function decodeOutline(stored: ReturnType<typeof encodeOutline>): GraphOutline | undefined {
  const ids = stored.ids === '' ? [] : stored.ids.split('\n');
  const labels = JSON.parse(stored.labels) as unknown;
  const n = ids.length;
  if (!Array.isArray(labels) || labels.length !== n || stored.placed.length !== n || stored.x.length !== n)
    return undefined;
  if (stored.y.length !== n || typeof stored.edgeCount !== 'number') return undefined;
  const nodes = ids.map((id, i) => {
    const label = labels[i] as GraphNode['label'];
    return stored.placed[i] ? { id, label, position: { x: stored.x[i]!, y: stored.y[i]! } } : { id, label };
  });
  return { nodes, edgeCount: stored.edgeCount };
}

/** The stored outline when it belongs to graph.json with this hash; else undefined. */
function storedOutline(dataDir: string, hash: string): GraphOutline | undefined {
  const stored = readCacheFile(join(dataDir, CACHE_DIR, OUTLINE), OUTLINE_MAGIC) as
    { hash?: unknown; outline?: ReturnType<typeof encodeOutline> } | undefined;
  if (stored?.hash !== hash || typeof stored.outline?.ids !== 'string') return undefined;
  try {
    return decodeOutline(stored.outline);
  } catch {
    // A damaged outline is only a lost speed-up.
    return undefined;
  }
}

/** graph.json's text when the stamp says it was built from exactly these inputs; else undefined. */
export function stampedGraph(dataDir: string, digest: string): string | undefined {
  const stamped = stamp(dataDir);
  if (stamped?.digest !== digest) return undefined;
  try {
    const json = readFileSync(join(dataDir, 'graph.json'), 'utf8');
    return sha1(json) === stamped.hash ? json : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The outline of graph.json when the stamp says it was built from exactly these inputs and the
 * file is unchanged since; from the stored outline, else by parsing the file. Undefined otherwise.
 */
export function stampedOutline(dataDir: string, digest: string): GraphOutline | undefined {
  const stamped = stamp(dataDir);
  if (stamped?.digest !== digest || graphHash(dataDir) !== stamped.hash) return undefined;
  const stored = storedOutline(dataDir, stamped.hash);
  if (stored) return stored;
  const json = stampedGraph(dataDir, digest);
  return json === undefined ? undefined : outlineOf(JSON.parse(json) as Graph);
}

/**
 * The positions graph.json holds now (the layout a build replaces): from the stored outline when
 * it belongs to these exact bytes, else (or with `useCache: false`) by parsing the file. Undefined
 * when there is no graph.json, or it cannot be read as a graph.
 */
export function previousPositions(
  dataDir: string,
  options: { useCache?: boolean } = {},
): Map<string, { x: number; y: number }> | undefined {
  let nodes: GraphOutline['nodes'] | undefined;
  if (options.useCache !== false) {
    const hash = graphHash(dataDir);
    if (hash === undefined) return undefined;
    nodes = storedOutline(dataDir, hash)?.nodes;
  }
  if (nodes === undefined) {
    try {
      const parsed = JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')) as { nodes?: unknown };
      if (!Array.isArray(parsed.nodes)) return undefined;
      nodes = parsed.nodes as GraphOutline['nodes'];
    } catch {
      return undefined;
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const p = (node as { position?: unknown } | null)?.position as { x?: unknown; y?: unknown } | undefined;
    if (
      typeof node?.id === 'string' &&
      typeof p?.x === 'number' &&
      typeof p.y === 'number' &&
      Number.isFinite(p.x) &&
      Number.isFinite(p.y)
    ) {
      positions.set(node.id, { x: p.x, y: p.y });
    }
  }
  return positions;
}
