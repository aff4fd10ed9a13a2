/**
 * npm run gen:corpus -- --articles N --seed S --out DIR [--truth FILE]
 * Writes N synthetic article files (the ingest format) into DIR; with --truth, also the graph
 * the articles state (what a perfect extractor would build), in the data/graph.json format.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileContent, articleFileName, generateCorpus } from './corpus';
import { buildTruthGraph } from './truth-graph';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        truth: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(`gen:corpus: ${(error as Error).message}. Usage: --articles N --seed S --out DIR [--truth FILE]`);
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) fail('gen:corpus: --articles must be a whole number above 0.');
  if (!Number.isInteger(seed) || seed < 0) fail('gen:corpus: --seed must be a whole number, 0 or more.');
  if (!values.out) fail('gen:corpus: --out DIR is required.');
  const corpus = generateCorpus({ articles, seed });
  mkdirSync(values.out, { recursive: true });
  for (const article of corpus.articles) {
    writeFileSync(join(values.out, articleFileName(article)), articleFileContent(article));
  }
  if (values.truth) writeFileSync(values.truth, JSON.stringify(buildTruthGraph(corpus)));
  const people = new Set(corpus.articles.flatMap((article) => article.written.people.map((m) => m.person)));
  process.stdout.write(
    `Wrote ${articles} articles (seed ${seed}) to ${values.out}: ${people.size} officials named, ` +
      `${corpus.planner.events.length} events.\n`,
  );
}

main();
