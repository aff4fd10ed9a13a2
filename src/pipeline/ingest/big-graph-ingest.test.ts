/**
 * On a big generated corpus (over 400 nodes, so the stable layout applies), the graph an ingest
 * writes is byte for byte what a full rebuild gives afterwards, with the extraction cache warm
 * or deleted, and what check:data accepts; --relayout gives exactly the layout of a build from
 * nothing. The real build runs in-process (buildFromDataDir), as the ingest command runs it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../cli/build-data';
import { articleFileContent, articleFileName } from '../gen/corpus';
import { CACHE_DIR } from '../build/extraction-cache';
import { buildFromDataDir } from './build-adapter';
import { generatedDataFolder } from './test-corpus';
import { runIngest } from './run-ingest';

let root: string;
let data: string;
let extra: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diplograph-big-ingest-'));
  data = join(root, 'data');
  // The held-out article goes in the middle of the corpus by id, as the benchmark's does.
  const { held } = generatedDataFolder(data);
  extra = join(root, articleFileName(held));
  writeFileSync(extra, articleFileContent(held));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const graphOf = (dir: string) => readFileSync(join(dir, 'graph.json'), 'utf8');
const built = (dir: string, relayout = false) => {
  const result = runBuild({ dataDir: dir, check: false, ...(relayout ? { relayout } : {}) });
  expect(result.code).toBe(0);
  return graphOf(dir);
};

describe('ingest into a big graph', () => {
  it('writes the bytes a full rebuild gives afterwards, warm or cold, and check:data accepts them', async () => {
    const before = built(data);
    const nodesBefore = (JSON.parse(before) as { nodes: { id: string; position: unknown }[] }).nodes;
    expect(nodesBefore.length).toBeGreaterThan(400);

    const outcome = await runIngest({ files: [extra], dataDir: data, dryRun: false }, buildFromDataDir);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.counts.nodesBefore).toBe(nodesBefore.length);
    const ingested = graphOf(data);
    expect(ingested).not.toBe(before);
    // The layout was kept: every node of the graph before is where it was.
    const after = new Map(
      (JSON.parse(ingested) as { nodes: { id: string; position: unknown }[] }).nodes.map((n) => [n.id, n.position]),
    );
    for (const node of nodesBefore) if (after.has(node.id)) expect(after.get(node.id)).toEqual(node.position);

    expect(built(data)).toBe(ingested);
    const cold = join(root, 'cold');
    cpSync(data, cold, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes(CACHE_DIR) });
    expect(built(cold)).toBe(ingested);
    expect(runBuild({ dataDir: data, check: true }).code).toBe(0);

    // --relayout: the layout a build from nothing gives.
    const fresh = join(root, 'fresh');
    cpSync(data, fresh, {
      recursive: true,
      filter: (source) => !source.split(/[\\/]/).includes(CACHE_DIR) && !source.endsWith('graph.json'),
    });
    const relaid = built(cold, true);
    expect(built(fresh)).toBe(relaid);
    expect(relaid).not.toBe(ingested);
  }, 120_000);
});
