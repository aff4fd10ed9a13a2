/**
 * What an ingest run will do with each input: add it under a new id, or leave it because the
 * corpus (or an earlier file of the same run) already holds it. Pure: no disk, no clock.
 */
import { serializeArticleFile, type ArticleFile, type ArticleHeader } from '../articles/article-file';
import { findFurniture } from '../articles/furniture';
import { sha1 } from '../build/extraction-cache';
import { UserError } from '../io/user-error';
import { articleId } from './article-id';

export interface IncomingArticle {
  file: string;
  parsed: ArticleFile;
}

/** An article already stored, as far as duplicate detection needs it. */
export interface StoredArticle {
  id: string;
  url: string | null;
  text: string;
}

export type IngestStep =
  | { action: 'add'; file: string; id: string; header: ArticleHeader; text: string; content: string }
  | { action: 'already-there'; file: string; existingId: string; because: 'same text' | 'same url' };

/** Text compared for duplicates: the same words, whatever the line endings, spacing or case. */
export function normalizedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** A URL compared for duplicates: scheme, "www.", fragment, trailing slash and utm_* tracking do not count. */
export function normalizedUrl(url: string): string {
  const parsed = new URL(url);
  const params = [...parsed.searchParams].filter(([key]) => !/^utm_/i.test(key)).sort(([a], [b]) => (a < b ? -1 : 1));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.hostname.replace(/^www\./, '')}${path}${query}`;
}

/** The title given in the header, else the first line of the text that is not page furniture. */
export function resolveTitle(parsed: ArticleFile): string {
  if (parsed.header.title !== undefined) return parsed.header.title;
  const furniture = findFurniture(parsed.text);
  let offset = 0;
  for (const line of parsed.text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const inFurniture = furniture.some((range) => range.start <= start && start < range.end);
    if (line.trim() !== '' && !inFurniture) return line.trim().slice(0, 200);
  }
  return parsed.text.trim().slice(0, 200);
}

/** The outlet given in the header (`null` included), else the site's host name. */
export function resolveOutlet(header: ArticleHeader): string | null {
  if (header.outlet !== undefined) return header.outlet;
  return header.url === null ? null : new URL(header.url).hostname.replace(/^www\./, '');
}

export interface IngestPlan {
  steps: IngestStep[];
  /** Inputs that cannot be added as they are; any of these stops the whole run. */
  errors: UserError[];
}

/**
 * What duplicate detection compares the stored articles by: their ids, the fingerprints of their
 * normalized texts and their normalized URLs. Kept with the build state, so an ingest can plan
 * without reading the corpus.
 */
export interface StoredIndex {
  ids: Set<string>;
  /** textFingerprint → article id. */
  byText: Map<string, string>;
  /** normalizedUrl → article id. */
  byUrl: Map<string, string>;
}

/** A text's identity for duplicate detection: a hash of its normalized form. */
export function textFingerprint(text: string): string {
  return sha1(normalizedText(text));
}

export function storedIndex(stored: readonly StoredArticle[]): StoredIndex {
  return {
    ids: new Set(stored.map((article) => article.id)),
    byText: new Map(stored.map((article) => [textFingerprint(article.text), article.id])),
    byUrl: new Map(
      stored.filter((article) => article.url !== null).map((article) => [normalizedUrl(article.url!), article.id]),
    ),
  };
}

export function planIngest(
  incoming: readonly IncomingArticle[],
  stored: readonly StoredArticle[] | StoredIndex,
): IngestPlan {
  const index = 'byText' in stored ? stored : storedIndex(stored);
  const byText = new Map(index.byText);
  const byUrl = new Map(index.byUrl);
  const taken = new Set(index.ids);
  const plan: IngestPlan = { steps: [], errors: [] };
  for (const { file, parsed } of incoming) {
    const { header, text } = parsed;
    const sameUrl = header.url === null ? undefined : byUrl.get(normalizedUrl(header.url));
    const sameText = byText.get(textFingerprint(text));
    if (sameUrl !== undefined || sameText !== undefined) {
      const because = sameUrl !== undefined ? 'same url' : 'same text';
      plan.steps.push({ action: 'already-there', file, existingId: (sameUrl ?? sameText)!, because });
      continue;
    }
    if (header.id !== undefined && taken.has(header.id)) {
      plan.errors.push(
        new UserError(`its header id "${header.id}" is already used by another article: remove the id line.`, file),
      );
      continue;
    }
    const title = resolveTitle(parsed);
    const id = header.id ?? articleId(header.published, title, header.language, taken);
    const kept: ArticleHeader = { id, url: header.url, language: header.language, published: header.published };
    if (header.publishedNote !== undefined) kept.publishedNote = header.publishedNote;
    kept.title = title;
    kept.outlet = resolveOutlet(header);
    taken.add(id);
    byText.set(textFingerprint(text), id);
    if (header.url !== null) byUrl.set(normalizedUrl(header.url), id);
    plan.steps.push({
      action: 'add',
      file,
      id,
      header: kept,
      text,
      content: serializeArticleFile({ header: kept, text }),
    });
  }
  return plan;
}
