/**
 * The incremental ingest (fast-ingest.ts) against the full build, on a generated corpus big
 * enough to keep its layout: several articles are ingested one after another into two copies of
 * one data folder, one copy allowed the fast path and one not. After every article both hold the
 * same graph.json bytes and give the same report, and the fast path was taken exactly where the
 * article qualifies; at the end a full rebuild, warm or cold, gives those bytes too and check:data
 * accepts them.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../articles/read-article-file';
import { runBuild } from '../cli/build-data';
import { CACHE_DIR } from '../build/extraction-cache';
import { articleFileContent, articleFileName, generateCorpus } from '../gen/corpus';
import type { GeneratedArticle } from '../gen/article';
import { buildFromDataDir } from './build-adapter';
import { snapshotDir } from './dir-snapshot';
import { fastIngest, type FastIngest } from './fast-ingest';
import { runIngest, type IngestOutcome } from './run-ingest';
import { generatedDataFolder } from './test-corpus';

let root: string;
let fast: string;
let full: string;
const files: { name: string; path: string }[] = [];

/**
 * An article of the corpus told again `days` later (same people, its dates read from the new
 * publication date), with a line of its own so it is not a duplicate: every name in it is known
 * by then, so it can qualify for the fast path.
 */
function toldAgain(article: GeneratedArticle, days: number, line: string): string {
  const published = new Date(Date.parse(article.published) + days * 86_400_000).toISOString().slice(0, 10);
  return articleFileContent({
    ...article,
    url: `${article.url}/again-${days}`,
    published,
    written: { ...article.written, text: `${article.written.text}\n${line}\n` },
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diplograph-fast-ingest-'));
  const data = join(root, 'data');
  const { held, articles } = generatedDataFolder(data);
  const input = (name: string, content: string) => {
    const path = join(root, name);
    writeFileSync(path, content);
    files.push({ name, path });
  };
  const [a, b] = [articles[30]!, articles[120]!];
  // An article of another generated world (so every person in it is new), dated after every other:
  // last in id order, so the people it names for the first time are read by no later article.
  const day = 86_400_000;
  const latest = Math.max(
    ...articles.map((article) => Date.parse(article.published)),
    Date.parse(a.published) + 3 * 365 * day,
    Date.parse(b.published) + 2 * 365 * day,
  );
  const stranger = generateCorpus({ articles: 3, seed: 99 }).articles[0]!;
  const toLast = Math.ceil((latest - Date.parse(stranger.published)) / day);
  input('stranger-last.txt', toldAgain(stranger, toLast + 10, '*'));
  // Told again later still, it finds those people in the catalogue, as the state now replays it.
  input('stranger-again.txt', toldAgain(stranger, toLast + 40, '**'));
  input('held-out.txt', articleFileContent(held));
  input('a-later.txt', toldAgain(a, 3 * 365, '***'));
  input('b-later.txt', toldAgain(b, 2 * 365, '***'));
  // The same story again the next day: its meeting is the one already in the graph.
  input('a-next-day.txt', toldAgain(a, 1, '* * *'));
  // Stories told again the next day, across the corpus: their meetings are in the graph,
  // and later articles' meetings merged with them must be merged again.
  for (const index of [60, 75, 90, 105, 140]) input(`next-day-${index}.txt`, toldAgain(articles[index]!, 1, '* *'));
  expect(runBuild({ dataDir: data, check: false }).code).toBe(0);
  fast = join(root, 'fast');
  full = join(root, 'full');
  // Copies keep no file times, so the first fast ingest reads every article again (knownCorpus).
  for (const dir of [fast, full]) cpSync(data, dir, { recursive: true });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const graphOf = (dir: string) => readFileSync(join(dir, 'graph.json'), 'utf8');
const reportOf = (outcome: IngestOutcome) => {
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.describe()).join('\n'));
  return outcome.report;
};

describe('the incremental ingest', () => {
  it('writes the bytes of the full build, taking the fast path only where the article qualifies', async () => {
    const taken: Record<string, boolean | string> = {};
    const merges: Record<string, { joined: number; renamed: number; remerged: number }> = {};
    for (const { name, path } of files) {
      let outcome: FastIngest | undefined;
      const quick = await runIngest(
        { files: [path], dataDir: fast, dryRun: false },
        buildFromDataDir,
        async (input) => {
          outcome = await fastIngest(input);
          return outcome;
        },
      );
      const slow = await runIngest({ files: [path], dataDir: full, dryRun: false }, buildFromDataDir);
      taken[name] = outcome?.taken === true ? true : (outcome as { reason: string }).reason;
      if (outcome?.taken === true) merges[name] = outcome.meetings;
      expect(graphOf(fast), name).toBe(graphOf(full));
      expect(reportOf(quick), name).toEqual(reportOf(slow));
      // The last article names people no earlier one did: they are created, with the phrase that introduces them.
      if (name === 'stranger-last.txt') expect(reportOf(quick).created.length).toBeGreaterThan(0);
    }
    expect(taken['held-out.txt']).toMatch(/^the article names what the catalogue did not know yet \(person:/);
    expect(taken['a-later.txt']).toBe(true);
    // The state a fast ingest leaves serves the next one.
    expect(taken['b-later.txt']).toBe(true);
    expect(taken['stranger-last.txt'], JSON.stringify(taken)).toBe(true);
    expect(taken['stranger-again.txt'], JSON.stringify(taken)).toBe(true);
    expect(taken['a-next-day.txt']).toBe(true);
    expect(merges['a-next-day.txt']!.joined).toBeGreaterThan(0);
    // Told again the next day, a story joins its meetings; some of those had later articles' too.
    const nextDay = Object.keys(merges).filter((name) => name.startsWith('next-day-'));
    expect(nextDay.length, JSON.stringify(taken)).toBeGreaterThanOrEqual(3);
    expect(nextDay.every((name) => merges[name]!.joined > 0)).toBe(true);
    expect(
      nextDay.some((name) => merges[name]!.remerged > 0),
      JSON.stringify(merges),
    ).toBe(true);

    // A full rebuild of what the fast path wrote, with the caches and without, and check:data.
    const ingested = graphOf(fast);
    expect(runBuild({ dataDir: fast, check: true }).code).toBe(0);
    const cold = join(root, 'cold');
    cpSync(fast, cold, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes(CACHE_DIR) });
    expect(runBuild({ dataDir: cold, check: false }).code).toBe(0);
    expect(graphOf(cold)).toBe(ingested);
    expect(runBuild({ dataDir: fast, check: false }).code).toBe(0);
    expect(graphOf(fast)).toBe(ingested);
  }, 300_000);

  it('reads again a file whose time alone changed, and still refuses one edited at the same size', async () => {
    const later = files.find((f) => f.name === 'a-later.txt')!.path;
    // cpSync keeps no file times: to the state every article looks touched.
    const copied = join(root, 'copied');
    const reference = join(root, 'reference');
    cpSync(join(root, 'data'), copied, { recursive: true });
    cpSync(join(root, 'data'), reference, { recursive: true });
    let outcome: FastIngest | undefined;
    await runIngest({ files: [later], dataDir: copied, dryRun: false }, buildFromDataDir, async (input) => {
      outcome = await fastIngest(input);
      return outcome;
    });
    expect(outcome?.taken, (outcome as { reason?: string } | undefined)?.reason).toBe(true);
    await runIngest({ files: [later], dataDir: reference, dryRun: false }, buildFromDataDir);
    expect(graphOf(copied)).toBe(graphOf(reference));

    const edited = join(root, 'edited');
    cpSync(join(root, 'data'), edited, { recursive: true });
    const name = readdirSync(join(edited, 'articles')).sort()[7]!;
    const file = join(edited, 'articles', name);
    const text = readFileSync(file, 'utf8');
    const at = text.lastIndexOf('.');
    // One character for another of the same byte length: same size, other text.
    writeFileSync(file, `${text.slice(0, at)}!${text.slice(at + 1)}`);
    const refused = await fastIngest({ dataDir: edited, incoming: { file: later, parsed: readArticleFile(later) } });
    expect(refused).toEqual({ taken: false, reason: `${name} changed since the last build` });
  }, 120_000);

  it('gives a meeting the new id its merge makes, as the full build does', async () => {
    // A corpus of its own, whose held-out articles (found by trying) date a meeting of the graph more
    // sharply, which changes its id; the old node and its edges go, the meeting comes under the new id.
    const data = join(root, 'renaming');
    cpSync('data/curated', join(data, 'curated'), { recursive: true });
    cpSync('data/reviews', join(data, 'reviews'), { recursive: true });
    mkdirSync(join(data, 'articles'));
    const corpus = generateCorpus({ articles: 480, seed: 5 });
    const held = corpus.articles.splice(400);
    for (const article of corpus.articles)
      writeFileSync(join(data, 'articles', articleFileName(article)), articleFileContent(article));
    expect(runBuild({ dataDir: data, check: false }).code).toBe(0);
    for (const index of [20, 73]) {
      const file = join(root, `renaming-${index}.txt`);
      writeFileSync(file, articleFileContent(held[index]!));
      const [quickDir, slowDir] = ['quick', 'slow'].map((name) => join(root, `renaming-${index}-${name}`));
      for (const dir of [quickDir!, slowDir!]) cpSync(data, dir, { recursive: true });
      let outcome: FastIngest | undefined;
      const quick = await runIngest(
        { files: [file], dataDir: quickDir!, dryRun: false },
        buildFromDataDir,
        async (input) => {
          outcome = await fastIngest(input);
          return outcome;
        },
      );
      const slow = await runIngest({ files: [file], dataDir: slowDir!, dryRun: false }, buildFromDataDir);
      expect(outcome?.taken, (outcome as { reason?: string } | undefined)?.reason).toBe(true);
      expect(outcome?.taken === true && outcome.meetings.renamed).toBeGreaterThan(0);
      expect(graphOf(quickDir!)).toBe(graphOf(slowDir!));
      expect(reportOf(quick)).toEqual(reportOf(slow));
      // A full rebuild of what it wrote gives the same bytes, and check:data accepts them.
      expect(runBuild({ dataDir: quickDir!, check: true }).code).toBe(0);
      expect(graphOf(quickDir!)).toBe(graphOf(slowDir!));
    }
  }, 300_000);

  it('refuses a bad file without touching anything, caches included', async () => {
    const bad = join(root, 'bad.txt');
    writeFileSync(bad, '---\nlanguage: xx\n---\nText.\n');
    const before = snapshotDir(fast);
    let asked = false;
    const outcome = await runIngest({ files: [bad], dataDir: fast, dryRun: false }, buildFromDataDir, (input) => {
      asked = true;
      return fastIngest(input);
    });
    expect(outcome.ok).toBe(false);
    expect(asked).toBe(false);
    expect(snapshotDir(fast)).toEqual(before);
  });
});
