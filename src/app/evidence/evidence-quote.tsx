/**
 * One source excerpt: the quoted passage highlighted inside its sentences, and where it comes
 * from. Article text is rendered as text; the highlight is a <mark> around a slice of it.
 */
import type { Evidence } from '../../shared/graph/schema';
import { evidenceMismatch, useArticle } from '../graph-data/article-chunk';
import { ChunkStatus } from '../graph-data/chunk-status';
import type { GraphIndex } from '../graph-data/graph-index';
import { formatIsoDate } from '../i18n/format-date';
import { useLanguage, useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { excerptAround } from './excerpt';

const LANGUAGE_NAMES: Record<string, Record<string, string>> = {
  en: { en: 'English', ru: 'Russian', uk: 'Ukrainian' },
  ru: { en: 'английский', ru: 'русский', uk: 'украинский' },
  uk: { en: 'англійська', ru: 'російська', uk: 'українська' },
};

export function languageName(code: string, interfaceLanguage: string): string {
  return LANGUAGE_NAMES[interfaceLanguage]?.[code] ?? code;
}

export function EvidenceQuote({ evidence, index }: { evidence: Evidence; index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const openReader = useAppStore((state) => state.openReader);
  const { query, article } = useArticle(index, evidence.article);
  if (!article) {
    if (query.isPending || query.isError) return <ChunkStatus query={query} />;
    return <p role="alert">{t('detailsFailed', { reason: `article "${evidence.article}" is not in the graph` })}</p>;
  }
  const mismatch = evidenceMismatch(article, evidence);
  if (mismatch) return <p role="alert">{t('quoteMismatch', { reason: mismatch })}</p>;
  const excerpt = excerptAround(article.text, evidence.start, evidence.end, article.language);
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <blockquote lang={article.language} className="text-[0.95rem] leading-relaxed whitespace-pre-line">
        {excerpt.clippedStart && '… '}
        {excerpt.before}
        <mark>{excerpt.quote}</mark>
        {excerpt.after}
        {excerpt.clippedEnd && ' …'}
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        <cite lang={article.language} className="font-medium text-slate-800 not-italic dark:text-slate-100">
          {article.title}
        </cite>
        <span>
          {' · '}
          {article.outlet ?? t('noOutlet')}
          {' · '}
          {formatIsoDate(article.published, language)}
          {' · '}
          {t('articleLanguage', { language: languageName(article.language, language) })}
        </span>
        <button
          type="button"
          onClick={() => openReader(evidence)}
          className="mt-1 block font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-sky-300"
        >
          {t('readArticle')}
        </button>
      </figcaption>
    </figure>
  );
}
