/** A small article for tests: only the fields extraction reads. */
import type { CorpusArticle } from '../articles/load-corpus';

export function testArticle(text: string, language: 'ru' | 'uk' | 'en', id = 'test-article'): CorpusArticle {
  return { id, title: 'test', outlet: null, url: null, published: '2025-03-03', language, text, file: `${id}.txt` };
}
