/** The cached catalogue is the one loadCatalogue builds, gives the same build, and follows every curated edit. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { loadCatalogue } from '../entities';
import { buildGraph } from './build-graph';
import { loadCatalogueCached } from './catalogue-cache';
import { CACHE_DIR, initialState } from './extraction-cache';
import { serializeGraph } from './serialize';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-catalogue-cache-'));
  cpSync('data/curated', join(dir, 'curated'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalogue cache', () => {
  it('gives the catalogue loadCatalogue gives, keyed so the extraction cache still hits', () => {
    const fresh = loadCatalogue(join(dir, 'curated'));
    const first = loadCatalogueCached(dir);
    const cached = loadCatalogueCached(dir);
    expect(readFileSync(join(dir, CACHE_DIR, 'catalogue.v8')).length).toBeGreaterThan(1000);
    expect(cached).toEqual(fresh);
    expect(first).toEqual(fresh);
    // Extraction entries are keyed on the catalogue's content digest: the copy must give the same key.
    expect(initialState(cached)).toBe(initialState(fresh));
    const articles = loadCorpus('data/articles');
    expect(serializeGraph(buildGraph({ articles, catalogue: cached, reviews: [] }))).toBe(
      serializeGraph(buildGraph({ articles, catalogue: fresh, reviews: [] })),
    );
  }, 60_000);

  it('reads the curated files again after an edit, and reports a bad one as loadCatalogue does', () => {
    loadCatalogueCached(dir);
    const people = join(dir, 'curated', 'people.yaml');
    const original = readFileSync(people, 'utf8');
    writeFileSync(people, `${original}\n- not: a person entry\n`);
    try {
      expect(() => loadCatalogue(join(dir, 'curated'))).toThrow();
      const message = (() => {
        try {
          loadCatalogue(join(dir, 'curated'));
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      expect(() => loadCatalogueCached(dir)).toThrow(message);
    } finally {
      writeFileSync(people, original);
    }
    expect(loadCatalogueCached(dir)).toEqual(loadCatalogue(join(dir, 'curated')));
  }, 60_000);

  it('writes nothing when told not to save', () => {
    const other = mkdtempSync(join(tmpdir(), 'diplograph-catalogue-nosave-'));
    try {
      cpSync('data/curated', join(other, 'curated'), { recursive: true });
      expect(loadCatalogueCached(other, { save: false })).toEqual(loadCatalogue(join(other, 'curated')));
      expect(existsSync(join(other, CACHE_DIR))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
