/** Article texts, fetched with the chunk an article's id falls in when an excerpt or the reader needs them. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ArticleSchema, type Article, type Evidence } from '../../shared/graph/schema';
import { articleChunkPath, bucketOf, VIEW_FORMAT } from '../../shared/graph/split';
import { fetchChunk, retryNetworkOnce } from './chunk-fetch';
import type { GraphIndex } from './graph-index';

export const ArticleChunkSchema = z.object({
  format: z.literal(VIEW_FORMAT),
  version: z.string(),
  bucket: z.number().int().nonnegative(),
  articles: z.array(ArticleSchema),
});

export function articleChunkQueryOptions(index: GraphIndex, articleId: string) {
  const { version } = index.graph;
  const bucket = bucketOf(articleId, index.graph.chunks.articles);
  return queryOptions({
    queryKey: ['article-chunk', version, bucket],
    queryFn: async ({ signal }) => {
      const chunk = await fetchChunk(articleChunkPath(bucket), { version, bucket }, ArticleChunkSchema, signal);
      return new Map(chunk.articles.map((article) => [article.id, article]));
    },
    staleTime: Infinity,
    retry: retryNetworkOnce,
  });
}

/** An article; `article` is undefined while loading, on error, when no chunk has it, or with no id. */
export function useArticle(index: GraphIndex, articleId: string | undefined) {
  const query = useQuery({ ...articleChunkQueryOptions(index, articleId ?? ''), enabled: articleId !== undefined });
  return { query, article: articleId === undefined ? undefined : query.data?.get(articleId) };
}

/**
 * Whether an evidence entry is exactly its article's text at its offsets, the contract's
 * invariant; a reason to show when it is not.
 */
export function evidenceMismatch(article: Article, evidence: Evidence): string | null {
  const { start, end } = evidence;
  if (end <= start || end > article.text.length) {
    return `offsets ${start}–${end} fall outside the article text (${article.text.length} characters)`;
  }
  if (article.text.slice(start, end) !== evidence.quote) {
    return `the text at ${start}–${end} is not the quote “${evidence.quote}”`;
  }
  return null;
}
