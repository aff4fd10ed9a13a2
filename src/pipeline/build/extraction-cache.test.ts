/**
 * The extraction cache must never change the graph: a build served from the cache gives the same
 * bytes as a build without it, for the seed corpus and for a generated one, after an article is
 * added in the middle (later articles may link to what it discovers), changed or removed, and
 * when the cache file is corrupt.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusArticle } from '../articles/load-corpus';
import { loadCatalogue, type Catalogue } from '../entities';
import { articleFileContent, articleFileName, generateCorpus } from '../gen/corpus';
import { buildGraphDetailed, type BuildResult } from './build-graph';
import { CACHE_DIR, ExtractionCache } from './extraction-cache';
import { loadReviews } from './reviews';
import { serializeGraph } from './serialize';
import type { ReviewDecision } from './reviews';

let scratch: string;
let corpus: CorpusArticle[];
let catalogue: Catalogue;
let reviews: ReviewDecision[];

/** What a build gives that anyone sees: the graph bytes, and what ingest reports from the extractions. */
function outcome(result: BuildResult): string {
  const extractions = result.extractions.map(({ article, entities, meetings }) => ({
    article,
    meetings,
    doubts: entities.doubts,
    discovered: entities.discovered,
    mentions: entities.mentions,
  }));
  return `${serializeGraph(result.graph)}${JSON.stringify(extractions)}`;
}

function build(articles: readonly CorpusArticle[], cache?: ExtractionCache): BuildResult {
  return buildGraphDetailed({ articles, catalogue, reviews, ...(cache ? { cache } : {}) });
}

/** Saves the cache to disk and reads it back, as the next command would. */
function roundTrip(cache: ExtractionCache): ExtractionCache {
  cache.save(scratch);
  return ExtractionCache.load(scratch);
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'diplograph-cache-'));
  cpSync('data/curated', join(scratch, 'curated'), { recursive: true });
  const articles = join(scratch, 'articles');
  cpSync('data/articles', articles, { recursive: true });
  for (const article of generateCorpus({ articles: 160, seed: 7 }).articles) {
    writeFileSync(join(articles, articleFileName(article)), articleFileContent(article));
  }
  corpus = loadCorpus(articles);
  catalogue = loadCatalogue(join(scratch, 'curated'));
  reviews = loadReviews('data/reviews');
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('extraction cache', () => {
  it('gives the seed graph byte for byte, cold and warm', () => {
    const seed = loadCorpus('data/articles');
    const fresh = outcome(build(seed));
    const cache = new ExtractionCache();
    expect(outcome(build(seed, cache))).toBe(fresh);
    expect(cache.misses).toBe(seed.length);
    const warm = roundTrip(cache);
    expect(outcome(build(seed, warm))).toBe(fresh);
    expect(warm.hits).toBe(seed.length);
  }, 60_000);

  it('serves an unchanged corpus wholly from the cache, with the same result', () => {
    const fresh = outcome(build(corpus));
    const first = new ExtractionCache();
    expect(outcome(build(corpus, first))).toBe(fresh);
    const warm = roundTrip(first);
    expect(outcome(build(corpus, warm))).toBe(fresh);
    expect(warm.misses).toBe(0);
    expect(warm.hits).toBe(corpus.length);
  }, 120_000);

  it('adding, changing or removing an article in the middle gives what a build without the cache gives', () => {
    const middle = Math.floor(corpus.length / 2);
    const without = corpus.filter((_, i) => i !== middle);
    const cache = new ExtractionCache();
    build(without, cache);

    // Added: articles after it may now link to someone it discovers.
    const added = roundTrip(cache);
    expect(outcome(build(corpus, added))).toBe(outcome(build(corpus)));
    expect(added.misses).toBeGreaterThanOrEqual(1);

    // Changed: another article's text gets a new first sentence naming a person.
    const changed = corpus.map((article, i) =>
      i === middle - 3
        ? { ...article, text: `${article.text}\nThe Minister of Foreign Affairs of Georgia Nino Beridze said so.` }
        : article,
    );
    const again = roundTrip(added);
    expect(outcome(build(changed, again))).toBe(outcome(build(changed)));

    // Removed: what only it discovered goes.
    const removed = corpus.filter((_, i) => i !== 3);
    expect(outcome(build(removed, roundTrip(again)))).toBe(outcome(build(removed)));
  }, 240_000);

  it('a corrupt cache file is ignored and the build is still right', () => {
    const cache = new ExtractionCache();
    const fresh = outcome(build(corpus, cache));
    cache.save(scratch);
    const [file] = readdirSync(join(scratch, CACHE_DIR)).filter((name) => name.endsWith('.v8'));
    writeFileSync(join(scratch, CACHE_DIR, file!), 'diplograph-extractions-1 0000\n garbage');
    const broken = ExtractionCache.load(scratch);
    expect(outcome(build(corpus, broken))).toBe(fresh);
    expect(broken.hits).toBe(0);
  }, 120_000);
});
