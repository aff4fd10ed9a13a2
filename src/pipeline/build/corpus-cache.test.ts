/** The corpus cache gives exactly what loadCorpus gives, parsing only new or edited files, with the same errors. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { articleFileContent, articleFileName, generateCorpus } from '../gen/corpus';
import { loadCorpusCached } from './corpus-cache';
import { articleKey, CACHE_DIR } from './extraction-cache';

let dir: string;
let articles: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-corpus-cache-'));
  articles = join(dir, 'articles');
  cpSync('data/articles', articles, { recursive: true });
  for (const article of generateCorpus({ articles: 40, seed: 3 }).articles) {
    writeFileSync(join(articles, articleFileName(article)), articleFileContent(article));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the build sees of a corpus: every field, the file, and the extraction key. */
const seen = (list: ReturnType<typeof loadCorpus>) => list.map((a) => ({ ...a, key: articleKey(a) }));

describe('corpus cache', () => {
  it('reads the corpus loadCorpus reads, from the cache once saved, and parses an edited file again', () => {
    const plain = seen(loadCorpus(articles));
    const first = loadCorpusCached(dir);
    expect(first.parsed).toBe(plain.length);
    expect(seen(first.articles)).toEqual(plain);
    first.save();

    const second = loadCorpusCached(dir);
    expect(second.parsed).toBe(0);
    expect(seen(second.articles)).toEqual(plain);

    const name = articleFileName(generateCorpus({ articles: 40, seed: 3 }).articles[7]!);
    const path = join(articles, name);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original.trimEnd()} Edited.\n`);
    const edited = loadCorpusCached(dir);
    expect(edited.parsed).toBe(1);
    expect(seen(edited.articles)).toEqual(seen(loadCorpus(articles)));
    expect(edited.articles.find((a) => `${a.id}.txt` === name)!.text).toContain('Edited.');
    writeFileSync(path, original);
  });

  it('names a bad file as loadCorpus does', () => {
    loadCorpusCached(dir).save();
    const bad = join(articles, '2025-01-01-bad.txt');
    writeFileSync(bad, '---\nlanguage: de\npublished: 2025-01-01\nurl: null\n---\nText.\n');
    try {
      expect(() => loadCorpus(articles)).toThrow(/language "de" is not supported/);
      expect(() => loadCorpusCached(dir)).toThrow(/language "de" is not supported/);
    } finally {
      rmSync(bad);
    }
  });

  it('ignores a damaged cache file', () => {
    loadCorpusCached(dir).save();
    const file = join(dir, CACHE_DIR, 'corpus.v8');
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const again = loadCorpusCached(dir);
    expect(again.parsed).toBe(again.articles.length);
    expect(seen(again.articles)).toEqual(seen(loadCorpus(articles)));
  });
});
