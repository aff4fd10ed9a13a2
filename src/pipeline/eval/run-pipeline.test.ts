import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEvalSet } from './eval-set';
import { buildWithArticles } from './run-pipeline';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const articles = loadEvalSet(fileURLToPath(new URL('../../../eval/dev', import.meta.url))).slice(0, 2);

describe('buildWithArticles', () => {
  it('builds data/ alone, then with the evaluation articles, in a scratch folder it removes', () => {
    const built = buildWithArticles(root, articles, { script: 'src/pipeline/eval/fixtures/articles-only-build.ts' });
    const ids = (graph: typeof built.baseline) => graph.articles.map((article) => article.id);
    expect(ids(built.baseline)).not.toContain(articles[0]!.id);
    expect(ids(built.withArticles)).toEqual(expect.arrayContaining(articles.map((article) => article.id)));
    expect(ids(built.withArticles).length).toBe(ids(built.baseline).length + articles.length);
    expect(existsSync(built.workspace)).toBe(false);
  }, 60_000);

  it('says in one sentence when the build script is missing', () => {
    expect(() => buildWithArticles(root, articles, { script: 'src/pipeline/cli/no-such-build.ts' })).toThrow(
      /does not exist yet/,
    );
  });
});
