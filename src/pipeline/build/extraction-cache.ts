/**
 * A cache of each article's extraction (entities, meeting candidates), so a rebuild re-extracts
 * only what changed. It lives in DIR/.cache/ (git-ignored); deleting it is always safe, it only
 * costs one slow build.
 *
 * Extraction is sequential: an article can link to a person an earlier article discovered, and
 * it can add what it discovers to the catalogue. So an entry is keyed by
 *   - a fingerprint of the extractor's own source code and of package-lock.json,
 *   - the curated catalogue as loaded,
 *   - the article itself (header fields, text, furniture ranges),
 *   - the state of the catalogue just before the article: a chain hash over what earlier
 *     articles changed in it (records added, records changed). An article that changes nothing
 *     leaves the chain as it was, so adding such an article keeps every later entry valid.
 * On a hit, the catalogue changes the article made are replayed, so the catalogue the next
 * article sees is the one a fresh extraction would have left. An entry that cannot be read is
 * recomputed; the cache file carries a checksum, and a file that fails it is ignored whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../../shared/graph/schema';
import { addRecord, type Catalogue } from '../entities';
import type { ArticleEntities, EntityRecord } from '../entities/types';
import type { MeetingCandidate } from '../meetings/types';
import { readCacheFile, writeCacheFile } from '../io/cache-file';
import { filesUnder } from '../io/files-under';

export const sha1 = (text: string | Uint8Array): string => createHash('sha1').update(text).digest('hex');

/** Where the cache lives inside a data folder. */
export const CACHE_DIR = '.cache';
const FILE = 'extractions.v8';
const MAGIC = 'diplograph-extractions-1';

/** The folders whose code decides what extraction gives (tests excluded). */
const EXTRACTOR_FOLDERS = [
  'src/pipeline/entities',
  'src/pipeline/names',
  'src/pipeline/text',
  'src/pipeline/dates',
  'src/pipeline/meetings',
  'src/pipeline/articles',
  'src/shared',
];
const EXTRACTOR_FILES = [
  'src/pipeline/build/build-graph.ts',
  'src/pipeline/build/extraction-cache.ts',
  'package-lock.json',
];

/** The repository root: the nearest folder above this module that holds src/pipeline/entities. */
function repositoryRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'src', 'pipeline', 'entities'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function sourceFiles(root: string, folder: string): string[] {
  return filesUnder(join(root, folder)).filter((path) => /\.(ts|yaml|json)$/.test(path) && !/\.test\.ts$/.test(path));
}

const fingerprints = new Map<string, string>();

/** A hash of these folders' and files' source (tests excluded), relative to the repository root. */
export function codeFingerprint(folders: readonly string[], files: readonly string[]): string {
  const name = JSON.stringify([folders, files]);
  const known = fingerprints.get(name);
  if (known !== undefined) return known;
  const root = repositoryRoot();
  // Source not found (an unusual install): a fingerprint of its own each run, so nothing stale is served.
  if (root === undefined) return `no-source-${process.pid}-${Date.now()}-${Math.random()}`;
  const hash = createHash('sha1');
  const paths = [...folders.flatMap((folder) => sourceFiles(root, folder)), ...files.map((file) => join(root, file))];
  for (const path of paths) {
    hash.update(path.slice(root.length));
    hash.update('\0');
    hash.update(existsSync(path) ? readFileSync(path) : 'missing');
    hash.update('\0');
  }
  const digest = hash.digest('hex');
  fingerprints.set(name, digest);
  return digest;
}

/** The extractor's source and the locked dependency versions. */
export function extractorFingerprint(): string {
  return codeFingerprint(EXTRACTOR_FOLDERS, EXTRACTOR_FILES);
}

/** What one article changed in the catalogue, in order. */
export type CatalogueEvent = { kind: 'add'; record: EntityRecord } | { kind: 'update'; record: EntityRecord };

/** One article's cached extraction. */
export interface CachedExtraction {
  mentions: ArticleEntities['mentions'];
  doubts: ArticleEntities['doubts'];
  /** Discovered records: `shared` ones are the catalogue's own object (looked up by id), others a copy. */
  discovered: { id: string; shared: boolean; record?: EntityRecord }[];
  events: CatalogueEvent[];
  /** The chain hash after this article. */
  stateAfter: string;
  candidates: MeetingCandidate[];
}

/**
 * The cache as the build sees it: entries by key, read once from DIR/.cache and written back
 * (only the entries this build used, so it never grows past the corpus) at the end.
 */
export class ExtractionCache {
  private readonly stored: Map<string, Uint8Array>;
  private readonly used = new Map<string, Uint8Array>();
  hits = 0;
  misses = 0;

  constructor(stored: Map<string, Uint8Array> = new Map()) {
    this.stored = stored;
  }

  /** The cache of a data folder; a missing, unreadable or corrupt file is an empty cache. */
  static load(dataDir: string): ExtractionCache {
    const entries = readCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC);
    return new ExtractionCache(Array.isArray(entries) ? new Map(entries as [string, Uint8Array][]) : new Map());
  }

  /** A new build: what the last one used stays readable, but only what this one uses is saved. */
  beginBuild(): void {
    for (const [key, bytes] of this.used) this.stored.set(key, bytes);
    this.used.clear();
    this.hits = 0;
    this.misses = 0;
  }

  get(key: string): CachedExtraction | undefined {
    const bytes = this.stored.get(key) ?? this.used.get(key);
    if (bytes === undefined) return undefined;
    try {
      const entry = deserialize(bytes) as CachedExtraction;
      if (!Array.isArray(entry.mentions) || !Array.isArray(entry.events) || typeof entry.stateAfter !== 'string') {
        return undefined;
      }
      this.used.set(key, bytes);
      return entry;
    } catch {
      return undefined;
    }
  }

  /** Stores an entry, serialized now: later build steps may change the objects, the cache must not see that. */
  put(key: string, entry: CachedExtraction): void {
    this.used.set(key, serialize(entry));
  }

  /** Writes the entries this build used (atomically); a failure to write only loses the speed-up. */
  save(dataDir: string): void {
    // A read-only data folder still builds; it just stays slow.
    writeCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC, [...this.used.entries()]);
  }
}

const articleKeys = new WeakMap<Article, string>();

/** Records an article's key computed earlier (the corpus cache stores it with the article it was computed from). */
export function primeArticleKey(article: Article, key: string): void {
  articleKeys.set(article, key);
}

/** The article fields extraction reads; the file name is not one of them. Computed once per article object. */
export function articleKey(article: Article): string {
  const known = articleKeys.get(article);
  if (known !== undefined) return known;
  const key = sha1(
    JSON.stringify([
      article.id,
      article.title,
      article.outlet,
      article.url,
      article.published,
      article.publishedNote ?? null,
      article.language,
      article.setAside ?? [],
      article.text,
    ]),
  );
  articleKeys.set(article, key);
  return key;
}

/**
 * A hash of the catalogue's content, from its JSON with Maps and Sets written as entry lists. Not
 * from v8.serialize: its bytes depend on how V8 happens to store each string (one- or two-byte),
 * so two equal catalogues, or one read back from the catalogue cache, could hash differently.
 */
export function catalogueDigest(catalogue: Catalogue): string {
  return sha1(
    JSON.stringify(catalogue, (_key, value: unknown) =>
      value instanceof Map ? { map: [...value] } : value instanceof Set ? { set: [...value] } : value,
    ),
  );
}

/** The chain hash before the first article: extractor code and the curated catalogue. */
export function initialState(catalogue: Catalogue): string {
  return sha1(`${extractorFingerprint()}\0${catalogueDigest(catalogue)}`);
}

export function nextState(state: string, events: readonly CatalogueEvent[]): string {
  return events.length === 0 ? state : sha1(`${state}\0${JSON.stringify(events)}`);
}

/**
 * The catalogue's records map, watching one article at a time: records added (as they were when
 * added, which is what the name indexes were built from) and records read and then changed in place.
 */
export class WatchedRecords extends Map<string, EntityRecord> {
  private watching = false;
  private added: EntityRecord[] = [];
  private seen = new Map<string, string>();

  begin(): void {
    this.watching = true;
    this.added = [];
    this.seen = new Map();
  }

  /** The changes since begin(), in a replayable form. */
  end(): CatalogueEvent[] {
    this.watching = false;
    const events: CatalogueEvent[] = this.added.map((record) => ({ kind: 'add', record }));
    for (const [id, before] of this.seen) {
      const record = super.get(id);
      if (record !== undefined && JSON.stringify(record) !== before) {
        events.push({ kind: 'update', record: structuredClone(record) });
      }
    }
    return events;
  }

  override get(id: string): EntityRecord | undefined {
    const record = super.get(id);
    if (this.watching && record !== undefined && !this.seen.has(id)) this.seen.set(id, JSON.stringify(record));
    return record;
  }

  override set(id: string, record: EntityRecord): this {
    if (this.watching) {
      this.added.push(structuredClone(record));
      // Changes made to it later in the same article come out as an update.
      this.seen.set(id, JSON.stringify(record));
    }
    return super.set(id, record);
  }
}

/** Replays an article's catalogue changes, as a fresh extraction would have made them. */
export function replayEvents(catalogue: Catalogue, events: readonly CatalogueEvent[]): void {
  for (const event of events) {
    if (event.kind === 'add') addRecord(catalogue, structuredClone(event.record));
    else {
      const record = catalogue.records.get(event.record.id);
      if (record === undefined) {
        catalogue.records.set(event.record.id, structuredClone(event.record));
        continue;
      }
      const target = record as unknown as Record<string, unknown>;
      for (const key of Object.keys(target)) delete target[key];
      Object.assign(target, structuredClone(event.record));
    }
  }
}

/** Sizes of the name indexes: extraction must change them only through addRecord, which the events replay. */
export function indexSizes(catalogue: Catalogue): string {
  return [catalogue.phrases.size, catalogue.acronyms.size, catalogue.surnames.size, catalogue.soundSurnames.size].join(
    ',',
  );
}
