/**
 * npx tsx bench/e2e-scale.ts [--articles 10000] [--seed 1] [--truth]
 * Prepares the data for an end-to-end test of every explorer journey at scale: a generated
 * corpus fed through the real full rebuild into bench/.work/e2e-<N>/data/graph.json (or, with
 * --truth, the graph the generator states), and facts.json naming things a test can look for.
 * Then: npm run test:e2e:scale (builds against that graph into dist-scale/ and runs e2e/scale.spec.ts)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileContent, articleFileName, generateCorpus } from '../src/pipeline/gen/corpus';
import { buildTruthGraph } from '../src/pipeline/gen/truth-graph';
import type { Graph } from '../src/shared/graph/schema';
import { runTimed } from './processes';
import { scaleFacts } from './scale-facts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      truth: { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles);
  const root = resolve('bench', '.work', `e2e-${articles}`);
  const dataDir = join(root, 'data');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('data', dataDir, { recursive: true, filter: (source) => !source.endsWith('graph.json') });
  const corpus = generateCorpus({ articles, seed: Number(values.seed) });
  for (const article of corpus.articles) {
    writeFileSync(join(dataDir, 'articles', articleFileName(article)), articleFileContent(article));
  }
  const graphFile = join(dataDir, 'graph.json');
  if (values.truth) {
    writeFileSync(graphFile, JSON.stringify(buildTruthGraph(corpus)));
  } else {
    const run = await runTimed(
      join('node_modules', '.bin', 'tsx'),
      ['src/pipeline/cli/build-data.ts', '--data', dataDir],
      {
        timeoutS: 1200,
      },
    );
    if (run.code !== 0 || !existsSync(graphFile)) {
      throw new Error(
        `the full rebuild failed (exit ${run.code}): ${run.output.trim().split('\n').slice(-3).join(' ')}`,
      );
    }
    process.stderr.write(`Rebuilt ${articles} articles in ${run.seconds.toFixed(0)} s.\n`);
  }
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as Graph;
  writeFileSync(join(root, 'facts.json'), `${JSON.stringify(scaleFacts(graph), null, 2)}\n`);
  process.stdout.write(
    `Graph: ${graphFile} (${graph.nodes.length} nodes, ${graph.edges.length} edges)\nFacts: ${join(root, 'facts.json')}\n` +
      `Next: npm run test:e2e:scale\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`e2e-scale: ${(error as Error).message}\n`);
  process.exit(1);
});
