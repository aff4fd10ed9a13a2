/**
 * npm run test:e2e:scale [-- <playwright args>]
 * Every explorer journey at 10,000 articles: builds the app against the generated graph
 * (DIPLOGRAPH_GRAPH, default bench/.work/e2e-10000/data/graph.json, made by
 * `npx tsx bench/e2e-scale.ts`) into dist-scale/, then runs e2e/scale.spec.ts on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const graph = resolve(process.env.DIPLOGRAPH_GRAPH ?? join('bench', '.work', 'e2e-10000', 'data', 'graph.json'));
const facts = join(graph, '..', '..', 'facts.json');
if (!existsSync(graph) || !existsSync(facts)) {
  process.stderr.write(
    `No generated graph at ${graph} (with facts.json beside its data folder).\n` +
      'Make one first: npx tsx bench/e2e-scale.ts   (10,000 articles through the real rebuild, a few minutes)\n',
  );
  process.exit(1);
}
const env = { ...process.env, DIPLOGRAPH_GRAPH: graph };
const bin = (name: string) => join('node_modules', '.bin', name);
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const built = run(bin('vite'), ['build', '--outDir', 'dist-scale', '--emptyOutDir', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
process.exit(run(bin('playwright'), ['test', '--config', 'playwright.scale.config.ts', ...process.argv.slice(2)]));
