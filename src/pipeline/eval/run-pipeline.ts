/**
 * Runs the real data build the way a user's corpus is built, in a scratch copy of data/, so the
 * evaluation measures the public output (graph.json) and never touches the project's files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphSchema, type Graph } from '../../shared/graph/schema';
import { UserError } from '../io/user-error';
import type { EvalArticle } from './eval-set';

export const BUILD_SCRIPT = 'src/pipeline/cli/build-data.ts';

export interface BuiltGraphs {
  /** The graph of data/ alone, to tell linked people from created ones. */
  baseline: Graph;
  /** The graph of data/ plus the evaluation articles. */
  withArticles: Graph;
  /** The scratch folder, kept only when asked. */
  workspace: string;
}

function readGraph(file: string): Graph {
  if (!existsSync(file)) throw new UserError('was not written by the data build.', file);
  const parsed = GraphSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`does not follow the graph contract at "${issue.path.join('.')}": ${issue.message}.`, file);
  }
  return parsed.data;
}

function run(root: string, script: string, args: string[], what: string): void {
  const result = spawnSync('npx', ['tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const said = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-3).join(' ');
    throw new UserError(`${what} failed on the evaluation corpus: ${said || `exit ${result.status}`}`);
  }
}

function build(root: string, script: string, dataDir: string): Graph {
  run(root, script, ['--data', dataDir], 'the data build');
  return readGraph(join(dataDir, 'graph.json'));
}

export interface BuildOptions {
  /** Keep the scratch folder for a look afterwards. */
  keep?: boolean;
  /** The build script, relative to root; a test swaps in a stand-in. */
  script?: string;
  /**
   * How the articles go in: "build" drops them into DIR/articles and rebuilds; "ingest" hands
   * the files to `npm run ingest -- --data DIR`, exactly as a user adds an article.
   */
  via?: 'build' | 'ingest';
}

export const INGEST_SCRIPT = 'src/pipeline/cli/ingest.ts';

/** Copies data/ to a scratch folder, builds it, adds the articles, and builds again. */
export function buildWithArticles(
  root: string,
  articles: readonly EvalArticle[],
  { keep = false, script = BUILD_SCRIPT, via = 'build' }: BuildOptions = {},
): BuiltGraphs {
  if (!existsSync(join(root, script))) {
    throw new UserError(
      `${script} does not exist yet, so there is no pipeline to measure; score a prebuilt graph with --graph FILE.`,
    );
  }
  const workspace = mkdtempSync(join(tmpdir(), 'diplograph-eval-'));
  try {
    const dataDir = join(workspace, 'data');
    cpSync(join(root, 'data'), dataDir, { recursive: true });
    rmSync(join(dataDir, 'graph.json'), { force: true });
    const baseline = build(root, script, dataDir);
    for (const article of articles) {
      const target = join(dataDir, 'articles', `${article.id}.txt`);
      if (existsSync(target)) throw new UserError(`is already in the corpus; evaluation articles must be new.`, target);
      if (via === 'build') writeFileSync(target, article.content);
    }
    if (via === 'ingest') {
      run(root, INGEST_SCRIPT, ['--data', dataDir, ...articles.map((article) => article.file)], 'npm run ingest');
    }
    const withArticles = via === 'ingest' ? readGraph(join(dataDir, 'graph.json')) : build(root, script, dataDir);
    return { baseline, withArticles, workspace };
  } finally {
    if (!keep) rmSync(workspace, { recursive: true, force: true });
  }
}

/** Ids of the people a graph holds. */
export function personIds(graph: Graph): Set<string> {
  return new Set(graph.nodes.filter((node) => node.type === 'person').map((node) => node.id));
}
