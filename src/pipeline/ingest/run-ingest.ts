/**
 * One ingest run: read and check every input first, decide what to add, store the new articles,
 * rebuild the graph, write graph.json last, and compute the review report. Any invalid input
 * stops the run before anything is written; a failed build takes back the articles it added.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGraph } from '../../shared/graph/invariants';
import type { Graph } from '../../shared/graph/schema';
import { loadCorpus } from '../articles/load-corpus';
import { readArticleFile } from '../articles/read-article-file';
import { writeFileAtomic } from '../io/atomic-write';
import { withDataLock } from '../io/data-lock';
import { UserError } from '../io/user-error';
import type { BuildGraphFromData } from './build-port';
import { planIngest, type IncomingArticle, type IngestStep } from './plan';
import { computeReport, type IngestReport } from './report';

export interface IngestOptions {
  files: string[];
  dataDir: string;
  dryRun: boolean;
}

export type IngestOutcome = { ok: true; report: IngestReport } | { ok: false; errors: UserError[] };

type AddStep = Extract<IngestStep, { action: 'add' }>;

export async function runIngest(options: IngestOptions, build: BuildGraphFromData): Promise<IngestOutcome> {
  const { dataDir } = options;
  const articlesDir = join(dataDir, 'articles');
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    return {
      ok: false,
      errors: [new UserError(`this is not a data folder: it has no articles/ folder inside.`, dataDir)],
    };
  }

  const errors: UserError[] = [];
  const incoming: IncomingArticle[] = [];
  for (const file of options.files) {
    try {
      incoming.push({ file, parsed: readArticleFile(file) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(error);
    }
  }
  const corpus = loadCorpus(articlesDir);
  const plan = planIngest(incoming, corpus);
  errors.push(...plan.errors);
  if (errors.length > 0) return { ok: false, errors };

  const adds = plan.steps.filter((step): step is AddStep => step.action === 'add');
  const report: IngestReport = {
    dryRun: options.dryRun,
    added: adds.map((step) => ({ file: step.file, id: step.id, title: step.header.title ?? step.id })),
    alreadyThere: plan.steps.flatMap((step) =>
      step.action === 'already-there' ? [{ file: step.file, existingId: step.existingId, because: step.because }] : [],
    ),
    linked: [],
    created: [],
    meetings: [],
    unsure: [],
    counts: { nodesBefore: 0, nodesAfter: 0, edgesBefore: 0, edgesAfter: 0 },
  };
  if (adds.length === 0) {
    if (
      !options.dryRun &&
      !graphHolds(
        dataDir,
        report.alreadyThere.map((a) => a.existingId),
      )
    ) {
      await withDataLock(dataDir, async () =>
        writeFileAtomic(join(dataDir, 'graph.json'), (await build(dataDir)).json),
      );
      report.repairedGraph = true;
    }
    return { ok: true, report };
  }

  const before = await graphBefore(dataDir, build);
  const after = options.dryRun
    ? await buildInScratchCopy(dataDir, adds, build)
    : await withDataLock(dataDir, () => storeAndBuild(dataDir, adds, build));
  const articleIds = adds.map((step) => step.id);
  return {
    ok: true,
    report: {
      ...report,
      ...computeReport({
        before,
        after: after.graph,
        articleIds,
        doubts: after.doubts ?? [],
        ...(after.discovered ? { discovered: after.discovered } : {}),
      }),
    },
  };
}

/**
 * Whether graph.json holds these articles. It may not when an earlier run stopped (power cut,
 * kill -9) after storing an article and before writing the graph; seeing the article again repairs that.
 */
function graphHolds(dataDir: string, articleIds: readonly string[]): boolean {
  try {
    const graph = JSON.parse(readFileSync(join(dataDir, 'graph.json'), 'utf8')) as { articles?: { id?: unknown }[] };
    const ids = new Set((graph.articles ?? []).map((article) => article.id));
    return articleIds.every((id) => ids.has(id));
  } catch {
    return false;
  }
}

/**
 * The graph of the data as it stands, built fresh rather than read from graph.json: a stale
 * graph.json would make the report list changes this run did not cause.
 */
async function graphBefore(dataDir: string, build: BuildGraphFromData): Promise<Graph> {
  return (await build(dataDir)).graph;
}

/** A built graph must pass the contract before it is stored; a failure here is a bug in the build. */
function checked(json: string): void {
  const result = checkGraph(JSON.parse(json));
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new Error(
      `the rebuilt graph breaks the contract at ${first.path}: ${first.message} (${result.problems.length} problems)`,
    );
  }
}

async function storeAndBuild(dataDir: string, adds: AddStep[], build: BuildGraphFromData) {
  const written: string[] = [];
  try {
    for (const step of adds) {
      const path = join(dataDir, 'articles', `${step.id}.txt`);
      writeFileAtomic(path, step.content);
      written.push(path);
    }
    const built = await build(dataDir);
    checked(built.json);
    writeFileAtomic(join(dataDir, 'graph.json'), built.json);
    return built;
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}

/** --dry-run: the same steps in a throw-away copy of the data folder. */
async function buildInScratchCopy(dataDir: string, adds: AddStep[], build: BuildGraphFromData) {
  const scratch = mkdtempSync(join(tmpdir(), 'diplograph-dry-run-'));
  try {
    cpSync(dataDir, scratch, { recursive: true });
    return await storeAndBuild(scratch, adds, build);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
