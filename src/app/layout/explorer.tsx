/** The explorer's frame: header, filters, the graph or the list, the selection panel and the time bar. */
import { memo, useState } from 'react';
import { GraphCanvas as PlainGraphCanvas } from '../canvas/graph-canvas';
import { ArticleReader as PlainArticleReader } from '../evidence/article-reader';
import { TypeFilters as PlainTypeFilters } from '../filters/type-filters';
import { useVisibleGraph } from '../filters/use-visible-graph';
import type { GraphIndex } from '../graph-data/graph-index';
import { GraphNotices } from '../graph-data/graph-notices';
import { LanguageSelect } from '../i18n/language-select';
import { useT } from '../i18n/use-language';
import { NodeTable as PlainNodeTable } from '../list-view/node-table';
import { SelectionPanel as PlainSelectionPanel } from '../panels/selection-panel';
import { SearchBox as PlainSearchBox } from '../search/search-box';
import { TimeBar as PlainTimeBar } from '../time/time-bar';
import { ShareButton } from '../url-state/share-button';
import { UrlNotices } from '../url-state/url-notices';
import { useUrlSync } from '../url-state/url-sync';
import { Announcer as PlainAnnouncer } from './announcer';
import { Legend } from './legend';
import { ViewBar as PlainViewBar } from './view-bar';
import { useShortcuts } from './use-shortcuts';
import { useAppStore } from '../store/app-store';

// Each part reads what it needs from the store itself; memo keeps a range change or a first
// selection, which re-render the frame, from re-rendering parts whose props did not change
// (the open panel's lists, the search results, the histogram).
const GraphCanvas = memo(PlainGraphCanvas);
const ArticleReader = memo(PlainArticleReader);
const TypeFilters = memo(PlainTypeFilters);
const NodeTable = memo(PlainNodeTable);
const SelectionPanel = memo(PlainSelectionPanel);
const SearchBox = memo(PlainSearchBox);
const TimeBar = memo(PlainTimeBar);
const Announcer = memo(PlainAnnouncer);
const ViewBar = memo(PlainViewBar);

export function Explorer({ index }: { index: GraphIndex }) {
  const t = useT();
  useUrlSync(index);
  useShortcuts();
  const visible = useVisibleGraph(index);
  const mainView = useAppStore((state) => state.mainView);
  const hasSelection = useAppStore((state) => state.selection !== null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main-view"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t('skipToContent')}
      </a>
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-700 dark:bg-slate-900">
        <div className="mr-auto flex items-baseline gap-3">
          <h1 className="text-lg font-semibold tracking-tight">{t('appTitle')}</h1>
          <p className="hidden text-sm text-slate-600 lg:block dark:text-slate-300">{t('appTagline')}</p>
        </div>
        <div className="order-last w-full sm:order-none sm:w-auto">
          <SearchBox index={index} />
        </div>
        <LanguageSelect />
        <ShareButton />
      </header>
      <UrlNotices />
      <GraphNotices index={index} />
      <div className="relative flex min-h-0 flex-1 flex-col md:flex-row">
        <div className="md:w-60 md:shrink-0 md:overflow-y-auto md:border-r md:border-slate-200 md:bg-white md:p-4 dark:md:border-slate-700 dark:md:bg-slate-900">
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen((open) => !open)}
            className="absolute top-2 left-2 z-10 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm shadow-sm md:hidden dark:border-slate-600 dark:bg-slate-900"
          >
            {t('filters')}
          </button>
          <div
            id="filters-panel"
            className={`${filtersOpen ? 'block' : 'hidden'} absolute top-11 left-2 z-20 w-60 rounded-lg border border-slate-200 bg-white p-4 shadow-lg md:static md:block md:w-auto md:border-0 md:p-0 md:shadow-none dark:border-slate-700 dark:bg-slate-900`}
          >
            <TypeFilters index={index} visible={visible} />
            <Legend />
          </div>
        </div>
        <main id="main-view" className="relative flex min-w-0 flex-1 flex-col">
          <ViewBar index={index} visible={visible} />
          <div className="relative min-h-0 flex-1">
            <div
              className={`absolute inset-0 ${mainView === 'graph' ? '' : 'invisible'}`}
              aria-hidden={mainView !== 'graph'}
            >
              <GraphCanvas index={index} visible={visible} />
            </div>
            {mainView === 'list' && <NodeTable index={index} visible={visible} />}
            {visible.nodeIds.size === 0 && (
              <p className="absolute inset-x-0 top-1/3 text-center text-slate-600 dark:text-slate-300">
                {t('emptyView')}
              </p>
            )}
            {/* Over the graph the panel is drawn on the canvas, which keeps its size. */}
            {mainView === 'graph' && <SelectionPanel index={index} />}
          </div>
        </main>
        {mainView === 'list' && <SelectionPanel index={index} />}
      </div>
      {/* On a phone the bottom sheet covers the time bar, which returns when it closes; over the
          graph it keeps its room (invisible, so neither focus nor screen readers reach it), so
          the canvas keeps its size. */}
      <div className={hasSelection ? (mainView === 'graph' ? 'invisible md:visible' : 'hidden md:block') : ''}>
        <TimeBar index={index} />
      </div>
      <ArticleReader index={index} />
      <Announcer index={index} />
    </div>
  );
}
