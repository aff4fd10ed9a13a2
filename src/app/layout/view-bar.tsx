/** Above the graph: graph/list switch, what is shown, the focus in force and "show more". */
import type { VisibleGraph } from '../filters/visible-graph';
import type { GraphIndex } from '../graph-data/graph-index';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';

export function ViewBar({ index, visible }: { index: GraphIndex; visible: VisibleGraph }) {
  const t = useT();
  const language = useLanguage();
  const mainView = useAppStore((state) => state.mainView);
  const setMainView = useAppStore((state) => state.setMainView);
  const focus = useAppStore((state) => state.focus);
  const depth = useAppStore((state) => state.depth);
  const clearFocus = useAppStore((state) => state.clearFocus);
  const showMore = useAppStore((state) => state.showMore);
  const focusNode = focus ? index.nodeById.get(focus) : undefined;
  const tab = 'px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md border border-slate-300 dark:border-slate-600';
  const on = 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900';

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white/80 py-1.5 pr-4 pl-24 text-sm md:pl-4 dark:border-slate-700 dark:bg-slate-900/80">
      <div role="group" aria-label={t('views')} className="flex">
        <button
          type="button"
          aria-pressed={mainView === 'graph'}
          onClick={() => setMainView('graph')}
          className={`${tab} ${mainView === 'graph' ? on : ''}`}
        >
          {t('viewGraph')}
        </button>
        <button
          type="button"
          aria-pressed={mainView === 'list'}
          onClick={() => setMainView('list')}
          className={`${tab} ${mainView === 'list' ? on : ''}`}
        >
          {t('viewList')}
        </button>
      </div>
      <p className="text-slate-600 dark:text-slate-300">
        {t('shownCount', { nodes: visible.nodeIds.size, edges: visible.edgeIds.size })}
      </p>
      {visible.matching > visible.nodeIds.size && (
        <p className="flex items-center gap-2">
          {t('limitNote', { shown: visible.nodeIds.size, total: visible.matching })}
          <button
            type="button"
            onClick={showMore}
            disabled={index.partial !== undefined}
            className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-50 dark:border-slate-600"
          >
            {t('showMore')}
          </button>
        </p>
      )}
      {focusNode && (
        <p className="flex items-center gap-2">
          {t('focusActive', {
            steps: t(depth === 1 ? 'focusOneStep' : 'focusTwoSteps'),
            name: localized(focusNode.label, language),
          })}
          <button
            type="button"
            onClick={clearFocus}
            className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600"
          >
            {t('clearFocus')}
          </button>
        </p>
      )}
    </div>
  );
}
