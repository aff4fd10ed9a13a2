/** The whole article in a modal dialog, the evidence passage highlighted and scrolled into view. */
import { useEffect, useRef } from 'react';
import { evidenceMismatch, useArticle } from '../graph-data/article-chunk';
import type { GraphIndex } from '../graph-data/graph-index';
import { formatIsoDate } from '../i18n/format-date';
import { useLanguage, useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { languageName } from './evidence-quote';
import { splitAround } from './excerpt';

/** Only web links become links: a source's URL is data, and may be anything. */
function isWebLink(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function ArticleReader({ index }: { index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const reading = useAppStore((state) => state.reading);
  const closeReader = useAppStore((state) => state.closeReader);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  // The reader opens from an excerpt, whose article chunk is loaded already.
  const loaded = useArticle(index, reading?.article).article;
  const article = reading && loaded && !evidenceMismatch(loaded, reading) ? loaded : undefined;

  useEffect(
    function showWhileReading() {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (article && !dialog.open) {
        dialog.showModal();
        markRef.current?.scrollIntoView({ block: 'center' });
      } else if (!article && dialog.open) dialog.close();
    },
    [article],
  );

  const [before, passage, after] =
    article && reading ? splitAround(article.text, reading.start, reading.end) : ['', '', ''];

  return (
    <dialog
      ref={dialogRef}
      onClose={closeReader}
      aria-labelledby="reader-title"
      className="m-auto h-[90dvh] w-[min(48rem,94vw)] max-w-none rounded-xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      {article && (
        <div className="flex h-full flex-col">
          <header className="flex items-start gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
            <div className="flex-1">
              <h2 id="reader-title" lang={article.language} className="text-lg font-semibold">
                {article.title}
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {article.outlet ?? t('noOutlet')} · {formatIsoDate(article.published, language)} ·{' '}
                {t('articleLanguage', { language: languageName(article.language, language) })}
                {article.url && isWebLink(article.url) && (
                  <>
                    {' · '}
                    <a href={article.url} rel="noreferrer noopener" target="_blank" className="underline">
                      {new URL(article.url).hostname}
                    </a>
                  </>
                )}
              </p>
            </div>
            <button
              type="button"
              onClick={closeReader}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
            >
              {t('close')}
            </button>
          </header>
          <div
            lang={article.language}
            className="flex-1 overflow-y-auto p-4 leading-relaxed whitespace-pre-wrap"
            // The article body scrolls on its own; a keyboard user needs to reach it.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            {before}
            <mark ref={markRef}>{passage}</mark>
            {after}
          </div>
        </div>
      )}
    </dialog>
  );
}
