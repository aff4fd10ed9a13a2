/** Reads the stored corpus (data/articles/*.txt) into graph articles. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../shared/graph/schema';
import { UserError } from '../io/user-error';
import type { ArticleFile } from './article-file';
import { readArticleFile } from './read-article-file';
import { findFurniture } from './furniture';

export interface CorpusArticle extends Article {
  /** The file it came from, for messages. */
  file: string;
}

/** The first non-empty line, trimmed: the title when the header gives none. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

export function toArticle(parsed: ArticleFile, id: string, file: string): CorpusArticle {
  const { header, text } = parsed;
  const setAside = findFurniture(text);
  const article: CorpusArticle = {
    id,
    title: header.title ?? firstLine(text),
    outlet: header.outlet ?? null,
    url: header.url,
    published: header.published,
    language: header.language,
    text,
    file,
  };
  if (header.publishedNote !== undefined) article.publishedNote = header.publishedNote;
  if (setAside.length > 0) article.setAside = setAside;
  return article;
}

/** Every *.txt file in `dir`, parsed, sorted by id. The file name (less .txt) is the id. */
export function loadCorpus(dir: string): CorpusArticle[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const articles = files.map((name) => corpusArticle(dir, name));
  return articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The corpus file `name` in `dir`, read and parsed; throws UserError for a bad file. */
export function corpusArticle(dir: string, name: string): CorpusArticle {
  const file = join(dir, name);
  const parsed = readArticleFile(file);
  const id = name.slice(0, -'.txt'.length);
  if (parsed.header.id !== undefined && parsed.header.id !== id) {
    throw new UserError(`its header id "${parsed.header.id}" differs from its file name "${id}".`, file, 2);
  }
  return toArticle(parsed, id, file);
}
