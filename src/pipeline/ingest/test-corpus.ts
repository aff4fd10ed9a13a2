/**
 * For the ingest tests on a big graph: a data folder with the project's curated catalogue and
 * reviews and a generated corpus of 180 articles (over 400 nodes, so the stable layout applies),
 * and the 181st held out, the one in the middle by id, as the benchmark holds out its own.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedArticle } from '../gen/article';
import { articleFileContent, articleFileName, generateCorpus } from '../gen/corpus';

export function generatedDataFolder(data: string): { held: GeneratedArticle; articles: GeneratedArticle[] } {
  cpSync('data/curated', join(data, 'curated'), { recursive: true });
  cpSync('data/reviews', join(data, 'reviews'), { recursive: true });
  mkdirSync(join(data, 'articles'));
  const corpus = generateCorpus({ articles: 181, seed: 5 });
  const held = corpus.articles.splice(90, 1)[0]!;
  for (const article of corpus.articles) {
    writeFileSync(join(data, 'articles', articleFileName(article)), articleFileContent(article));
  }
  return { held, articles: corpus.articles };
}
