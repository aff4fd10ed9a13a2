/** Reads one evaluation set: eval/<set>/<id>.txt articles, each with its <id>.gold.yaml beside it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile, type ArticleFile } from '../articles/article-file';
import { UserError } from '../io/user-error';
import { parseGold, type GoldArticle } from './gold';

export interface EvalArticle {
  /** The article id, as the corpus loader derives it: the file name less ".txt". */
  id: string;
  file: string;
  /** The file content, copied as-is into the corpus under test. */
  content: string;
  parsed: ArticleFile;
  gold: GoldArticle;
}

export function loadEvalSet(dir: string): EvalArticle[] {
  if (!existsSync(dir)) throw new UserError('does not exist: name an evaluation set such as dev or holdout.', dir);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new UserError('holds no .txt articles.', dir);
  return names.map((name) => {
    const file = join(dir, name);
    const id = name.slice(0, -'.txt'.length);
    const content = readFileSync(file, 'utf8');
    const parsed = parseArticleFile(content, file);
    if (parsed.header.id !== undefined && parsed.header.id !== id) {
      throw new UserError(`its header id "${parsed.header.id}" differs from its file name "${id}".`, file, 2);
    }
    const goldFile = join(dir, `${id}.gold.yaml`);
    if (!existsSync(goldFile)) throw new UserError(`has no gold annotation beside it (${id}.gold.yaml).`, file);
    const gold = parseGold(readFileSync(goldFile, 'utf8'), parsed.text, goldFile);
    if (gold.article !== id) throw new UserError(`is for article "${gold.article}", not "${id}".`, goldFile);
    return { id, file, content, parsed, gold };
  });
}
