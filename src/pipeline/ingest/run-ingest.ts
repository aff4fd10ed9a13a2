/**
 * One ingest run: read and check every input first, decide what to add, store the new articles,
 * rebuild the graph, write graph.json last, and compute the review report. Any invalid input
 * stops the run before anything is written; a failed build takes back the articles it added.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGraph } from '../../shared/graph/invariants';
import { toArticle, type CorpusArticle } from '../articles/load-corpus';
import { loadCorpusCached } from '../build/corpus-cache';
import { storeGraph } from '../build/build-state';
import { inputsDigest, outlineOf, stampedOutline, type GraphOutline } from '../build/graph-stamp';
import type { FastIngest, FastIngestInput } from './fast-ingest';
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

/** The incremental path for one article (fast-ingest.ts), loaded only when there is an article to add. */
export type FastIngestPort = (input: FastIngestInput) => Promise<FastIngest>;

const debug = (line: string) => {
  if (process.env.DIPLOGRAPH_DEBUG) process.stderr.write(`ingest: ${line}\n`);
};

export async function runIngest(
  options: IngestOptions,
  build: BuildGraphFromData,
  fast?: FastIngestPort,
): Promise<IngestOutcome> {
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
  if (fast !== undefined && errors.length === 0 && incoming.length === 1 && !options.dryRun) {
    const quick = await withDataLock(dataDir, () => fast({ dataDir, incoming: incoming[0]! }));
    if (quick.taken) {
      const { joined, renamed, remerged } = quick.meetings;
      debug(
        `added the article to graph.json without a full build (its meetings joined ${joined} of other articles, ${renamed} of them given a new id; ${remerged} later ones merged again).`,
      );
      const { step } = quick;
      return {
        ok: true,
        report: {
          dryRun: false,
          added: [{ file: step.file, id: step.id, title: step.header.title ?? step.id }],
          alreadyThere: [],
          ...computeReport({
            before: quick.before,
            after: quick.after,
            articleIds: [step.id],
            doubts: quick.doubts,
            discovered: quick.discovered,
          }),
        },
      };
    }
    debug(`full build, since ${quick.reason}.`);
  }
  // Parsed from DIR/.cache/corpus where the files are unchanged; the cache is written only once the
  // run has succeeded, so a refused run changes nothing, not even the cache.
  const cached = loadCorpusCached(dataDir);
  const corpus = cached.articles;
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
      await withDataLock(dataDir, async () => {
        const built = await build(dataDir);
        storeGraph(dataDir, { json: built.json, graph: built.graph, ...(built.stamp ? { stamp: built.stamp } : {}) });
      });
      report.repairedGraph = true;
    }
    return { ok: true, report };
  }

  const before = await graphBefore(dataDir, corpus, build);
  const after = options.dryRun
    ? await buildInScratchCopy(dataDir, adds, build, corpus)
    : await withDataLock(dataDir, async () => {
        const built = await storeAndBuild(dataDir, adds, build, corpus);
        cached.save();
        return built;
      });
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
 * The outline of the graph of the data as it stands: graph.json's, when its stamp says it was
 * built from exactly the data and code there now, else that of a fresh build (a stale graph.json
 * would make the report list changes this run did not cause).
 */
async function graphBefore(
  dataDir: string,
  corpus: readonly CorpusArticle[],
  build: BuildGraphFromData,
): Promise<GraphOutline> {
  const outline = stampedOutline(dataDir, inputsDigest(dataDir, corpus));
  if (outline !== undefined) return outline;
  return outlineOf((await build(dataDir, { articles: corpus, saveCache: false })).graph);
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

/**
 * The corpus after the new files are stored: the one read at the start plus the new files read
 * back as the build reads them, unless the folder changed meanwhile (then the build reads it again).
 */
function corpusAfter(dataDir: string, corpus: readonly CorpusArticle[], adds: readonly AddStep[]) {
  const names = new Set(readdirSync(join(dataDir, 'articles')).filter((name) => name.endsWith('.txt')));
  const expected = [...corpus.map((article) => article.id), ...adds.map((step) => step.id)];
  if (names.size !== expected.length || !expected.every((id) => names.has(`${id}.txt`))) return undefined;
  return [
    ...corpus,
    ...adds.map((step) => {
      const path = join(dataDir, 'articles', `${step.id}.txt`);
      return toArticle(readArticleFile(path), step.id, path);
    }),
  ];
}

async function storeAndBuild(
  dataDir: string,
  adds: AddStep[],
  build: BuildGraphFromData,
  corpus: readonly CorpusArticle[],
) {
  const written: string[] = [];
  try {
    for (const step of adds) {
      const path = join(dataDir, 'articles', `${step.id}.txt`);
      writeFileAtomic(path, step.content);
      written.push(path);
    }
    const articles = corpusAfter(dataDir, corpus, adds);
    const built = await build(dataDir, articles ? { articles } : {});
    if (!built.contractChecked) checked(built.json);
    storeGraph(dataDir, {
      ...built,
      ...(built.parts && built.articles ? { state: { parts: built.parts, articles: built.articles } } : {}),
    });
    return built;
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}

/** --dry-run: the same steps in a throw-away copy of the data folder. */
async function buildInScratchCopy(
  dataDir: string,
  adds: AddStep[],
  build: BuildGraphFromData,
  corpus: readonly CorpusArticle[],
) {
  const scratch = mkdtempSync(join(tmpdir(), 'diplograph-dry-run-'));
  try {
    cpSync(dataDir, scratch, { recursive: true });
    return await storeAndBuild(scratch, adds, build, corpus);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
