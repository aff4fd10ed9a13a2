/**
 * npm run eval -- [--set dev|holdout] [--json] [--details] [--keep] [--via build|ingest]
 *                 [--graph FILE [--baseline FILE]]
 *
 * Builds data/ plus the evaluation articles in a scratch folder with the real data build, then
 * scores the graph against the gold annotations; --via ingest adds them with `npm run ingest`
 * instead, the way a user does. --graph scores a graph built elsewhere
 * (--baseline: the graph without the evaluation articles, to tell linked people from created).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GraphSchema } from '../../shared/graph/schema';
import { UserError } from '../io/user-error';
import { loadEvalSet } from './eval-set';
import { formatDetails, formatTable, toJson } from './report';
import { buildWithArticles, personIds } from './run-pipeline';
import { scoreSet } from './score';

const SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'holdout'];

function readGraphFile(file: string) {
  if (!existsSync(file)) throw new UserError('does not exist.', file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UserError('is not valid JSON.', file);
  }
  const parsed = GraphSchema.safeParse(json);
  if (!parsed.success) throw new UserError('does not follow the graph contract.', file);
  return parsed.data;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: 'string', default: 'dev' },
      json: { type: 'boolean', default: false },
      details: { type: 'boolean' },
      keep: { type: 'boolean', default: false },
      via: { type: 'string', default: 'build' },
      graph: { type: 'string' },
      baseline: { type: 'string' },
    },
    strict: true,
  });
  const setName = values.set;
  if (!SETS.includes(setName)) throw new UserError(`--set must be one of ${SETS.join(', ')}, not "${setName}".`);
  const root = process.cwd();
  const articles = loadEvalSet(join(root, 'eval', setName));

  let graph;
  let known: Set<string>;
  if (values.graph !== undefined) {
    graph = readGraphFile(resolve(values.graph));
    known = values.baseline !== undefined ? personIds(readGraphFile(resolve(values.baseline))) : new Set();
  } else {
    const via = values.via;
    if (via !== 'build' && via !== 'ingest') throw new UserError(`--via must be build or ingest, not "${via}".`);
    const built = buildWithArticles(root, articles, { keep: values.keep, via });
    if (values.keep) process.stderr.write(`Scratch corpus kept in ${built.workspace}\n`);
    graph = built.withArticles;
    known = personIds(built.baseline);
  }
  const missing = articles.filter((article) => !graph.articles.some((a) => a.id === article.id));
  if (missing.length > 0) {
    throw new UserError(`the graph holds none of ${missing.map((a) => a.id).join(', ')}; was it built with them?`);
  }

  const score = scoreSet(
    graph,
    articles.map((article) => ({ id: article.id, language: article.parsed.header.language, gold: article.gold })),
    known,
  );
  if (values.json) {
    process.stdout.write(`${toJson(score, setName)}\n`);
    return 0;
  }
  process.stdout.write(`${formatTable(score, setName)}\n`);
  // Holdout misses stay hidden unless asked for, so nobody tunes on them by accident.
  const details = values.details ?? setName === 'dev';
  if (details) process.stdout.write(`\n${formatDetails(score)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UserError) {
    process.stderr.write(`${error.describe()}\n`);
    process.exitCode = 1;
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
