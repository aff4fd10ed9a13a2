/**
 * The corpus as the build reads it, without parsing 10,000 files again: DIR/.cache/corpus holds
 * each article as parsed before (header, text, furniture ranges, its extraction key), keyed by a
 * hash of the file's name and bytes and of the parsing code. Every file is still read and hashed,
 * so an edited file is always parsed afresh; a file that cannot be read, or is new, goes through
 * loadCorpus's own path, with its own messages. Like the extraction cache, deleting it is safe.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../shared/graph/schema';
import { corpusArticle, type CorpusArticle } from '../articles/load-corpus';
import { MAX_ARTICLE_BYTES } from '../articles/read-article-file';
import { readCacheFile, writeCacheFile } from '../io/cache-file';
import { articleKey, CACHE_DIR, codeFingerprint, primeArticleKey, sha1 } from './extraction-cache';

const FILE = 'corpus.v8';
const MAGIC = 'diplograph-corpus-1';

interface Entry {
  article: Article;
  key: string;
}

export interface CachedCorpus {
  articles: CorpusArticle[];
  /** How many files were parsed (not served from the cache). */
  parsed: number;
  /** Writes the cache for this corpus (only when it changed); a failure to write loses only the speed-up. */
  save(): void;
}

function load(dataDir: string, code: string): Map<string, Entry> {
  const entries = readCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC, code);
  return Array.isArray(entries) ? new Map(entries as [string, Entry][]) : new Map();
}

const stats = new WeakMap<Article, { size: number; mtimeMs: number }>();

/** The size and modification time an article's file had just before loadCorpusCached read it. */
export function fileStatOf(article: Article): { size: number; mtimeMs: number } | undefined {
  return stats.get(article);
}

/** DIR/articles read as loadCorpus reads it (same articles, same order, same errors), parsing only what is new. */
export function loadCorpusCached(dataDir: string): CachedCorpus {
  const dir = join(dataDir, 'articles');
  // All of the pipeline's code, as the graph stamp uses: parsing reaches beyond articles/ (io/, shared/).
  const code = codeFingerprint(['src/pipeline', 'src/shared'], ['package-lock.json']);
  const stored = load(dataDir, code);
  const used = new Map<string, Entry>();
  let parsed = 0;
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const articles = names.map((name): CorpusArticle => {
    const file = join(dir, name);
    let bytes: Buffer | undefined;
    let stat: { size: number; mtimeMs: number } | undefined;
    try {
      // Taken before the read, so a file changed meanwhile is never taken for the bytes read.
      const { size, mtimeMs } = statSync(file);
      stat = { size, mtimeMs };
      bytes = readFileSync(file);
    } catch {
      // Unreadable or not a file: corpusArticle says why.
    }
    const hash = bytes !== undefined && bytes.length <= MAX_ARTICLE_BYTES ? sha1(`${name}\0${sha1(bytes)}`) : undefined;
    const hit = hash === undefined ? undefined : stored.get(hash);
    if (hit !== undefined) {
      used.set(hash!, hit);
      const article = { ...hit.article, file };
      primeArticleKey(article, hit.key);
      if (stat) stats.set(article, stat);
      return article;
    }
    const article = corpusArticle(dir, name);
    if (stat && bytes !== undefined) stats.set(article, stat);
    parsed += 1;
    if (hash !== undefined) {
      const { file: _file, ...plain } = article;
      used.set(hash, { article: plain, key: articleKey(article) });
    }
    return article;
  });
  const changed = parsed > 0 || used.size !== stored.size;
  return {
    articles: articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    parsed,
    save() {
      if (!changed) return;
      // A read-only data folder still builds; it just stays slower.
      writeCacheFile(join(dataDir, CACHE_DIR, FILE), MAGIC, [...used.entries()], code);
    },
  };
}
