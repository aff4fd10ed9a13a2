/**
 * npx tsx bench/ingest-spread.ts [--articles 10000] [--held 10] [--seed 1]
 *
 * How long `npm run ingest` takes for one article, over several articles rather than the one the
 * main bench adds. The generator writes N + K articles; the last K (the generator's own order, so
 * no choice of ours) are held out, the N are built in full, and each held-out article is then
 * ingested alone into a fresh copy of that folder. For each it prints the time and the path the
 * ingest took (the one-article path, or the full build and why), from DIPLOGRAPH_DEBUG.
 *
 * With --check, each article that took the one-article path is ingested again into another copy
 * without the build state (so through the full build), and the two graph.json files must be the
 * same bytes: the one-article path's promise, checked at full scale.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileContent, articleFileName, generateCorpus } from '../src/pipeline/gen/corpus';
import { copyProjectData, scriptArgs } from './pipeline-bench';
import { runTimed } from './processes';
import { summarize } from './stats';

interface Ingested {
  file: string;
  seconds: number;
  cpuSeconds?: number;
  path: string;
}

/** The path an ingest took, from its DIPLOGRAPH_DEBUG line. */
export function ingestPath(output: string): string {
  const line = output.split('\n').find((l) => l.startsWith('ingest: '));
  if (line === undefined) return 'unknown (no DIPLOGRAPH_DEBUG line)';
  if (line.includes('without a full build')) {
    const joined = /joined (\d+) of other/.exec(line);
    return joined && joined[1] !== '0'
      ? 'one-article path, merged into meetings of other articles'
      : 'one-article path';
  }
  const why = /full build, since (.*?)\.?$/.exec(line);
  return why ? `full build: ${why[1]}` : line.slice('ingest: '.length);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      held: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      check: { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles);
  const held = Number(values.held);
  const seed = Number(values.seed);
  if (![articles, held, seed].every((n) => Number.isInteger(n) && n >= 0) || held < 1) {
    throw new Error('--articles, --held and --seed must be whole numbers (--held at least 1)');
  }
  const work = resolve('bench', '.work', `spread-${articles}`);
  const base = join(work, 'data');
  const heldDir = join(work, 'held');
  const copy = join(work, 'copy');
  const fullCopy = join(work, 'copy-full');
  rmSync(work, { recursive: true, force: true });
  copyProjectData(base);
  mkdirSync(heldDir, { recursive: true });
  const corpus = generateCorpus({ articles: articles + held, seed });
  const out = corpus.articles.splice(articles);
  for (const article of corpus.articles) {
    writeFileSync(join(base, 'articles', articleFileName(article)), articleFileContent(article));
  }
  const files = out.map((article) => {
    const file = join(heldDir, articleFileName(article));
    writeFileSync(file, articleFileContent(article));
    return file;
  });
  const build = await runTimed(process.execPath, [...scriptArgs('build:data'), '--data', base], { timeoutS: 600 });
  if (build.code !== 0) throw new Error(`the full build failed: ${build.output.slice(-400)}`);
  console.log(
    `built ${articles} articles in ${build.seconds.toFixed(1)} s; ingesting ${held} held-out articles one at a time`,
  );

  const fresh = (to: string) => {
    rmSync(to, { recursive: true, force: true });
    // cp -a keeps the files' times to the nanosecond, as the build left them (Node's cpSync
    // rounds them to the millisecond, which the ingest rightly reads as files changed).
    const copied = spawnSync('cp', ['-a', base, to]);
    if (copied.status !== 0) throw new Error(`could not copy ${base}: ${copied.stderr.toString()}`);
  };
  const ingest = (into: string, file: string) =>
    runTimed(process.execPath, [...scriptArgs('ingest'), '--data', into, file], {
      env: { DIPLOGRAPH_DEBUG: '1' },
      timeoutS: 300,
    });
  const runs: Ingested[] = [];
  let differing = 0;
  for (const file of files) {
    fresh(copy);
    const run = await ingest(copy, file);
    const name = file.slice(heldDir.length + 1);
    if (run.code !== 0) {
      console.log(`${name}: ingest failed (exit ${run.code}): ${run.output.slice(-300)}`);
      continue;
    }
    const done: Ingested = { file: name, seconds: run.seconds, path: ingestPath(run.output) };
    if (run.cpuSeconds !== undefined) done.cpuSeconds = run.cpuSeconds;
    runs.push(done);
    let checked = '';
    if (values.check && done.path.startsWith('one-article path')) {
      fresh(fullCopy);
      rmSync(join(fullCopy, '.cache', 'build-state.v8'));
      const full = await ingest(fullCopy, file);
      const same =
        full.code === 0 && readFileSync(join(copy, 'graph.json')).equals(readFileSync(join(fullCopy, 'graph.json')));
      if (!same) differing += 1;
      checked = same ? '; same bytes as the full build' : '; DIFFERS from the full build';
    }
    console.log(
      `${name}: ${run.seconds.toFixed(2)} s${done.cpuSeconds === undefined ? '' : ` (${done.cpuSeconds.toFixed(1)} CPU s)`}, ${done.path}${checked}`,
    );
  }
  rmSync(copy, { recursive: true, force: true });
  rmSync(fullCopy, { recursive: true, force: true });
  const fast = runs.filter((r) => r.path.startsWith('one-article path'));
  const full = runs.filter((r) => !r.path.startsWith('one-article path'));
  const describe = (label: string, list: Ingested[]) => {
    if (list.length === 0) return `${label}: none`;
    const s = summarize(list.map((r) => r.seconds * 1000));
    return `${label}: ${list.length}, median ${(s.p50 / 1000).toFixed(2)} s, slowest ${(s.max / 1000).toFixed(2)} s`;
  };
  console.log(
    `${runs.length} of ${held} ingested; ${describe('one-article path', fast)}; ${describe('full build', full)}`,
  );
  if (values.check) console.log(`checked against the full build: ${differing} of ${fast.length} differ`);
  if (differing > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`ingest-spread: ${(error as Error).message}`);
  process.exit(1);
});
