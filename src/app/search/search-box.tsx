/**
 * Search as a combobox: type in any script, move through results with the arrow keys, Enter
 * or a click chooses one, which selects the node and centres the camera on it.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchableNodes, type GraphIndex } from '../graph-data/graph-index';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { TypeSwatch } from '../layout/type-swatch';
import { useAppStore } from '../store/app-store';
import { buildNodeSearch } from './search-index';

export const SEARCH_INPUT_ID = 'diplograph-search';

export function SearchBox({ index }: { index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const q = useAppStore((state) => state.q);
  const setQuery = useAppStore((state) => state.setQuery);
  const selectNode = useAppStore((state) => state.selectNode);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  // The index is built on first use, so a large graph's first frame does not wait for it.
  const [wanted, setWanted] = useState(q.trim() !== '');
  // With only the first view loaded, most names are not there yet: no results rather than wrong ones.
  const partial = index.partial !== undefined;
  const search = useMemo(
    () => (wanted && !partial ? buildNodeSearch(searchableNodes(index)) : null),
    [index, wanted, partial],
  );
  const hits = useMemo(() => (search && q.trim() ? search.search(q, 10) : []), [search, q]);
  const expanded = open && q.trim() !== '';

  const choose = (id: string) => {
    selectNode(id, { centre: true });
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        choose(hit.id);
      }
    } else if (event.key === 'Escape' && expanded) {
      // Closing the list comes before closing the panel, which listens further up.
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="relative w-full min-w-0 sm:w-80">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        {t('search')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        value={q}
        onChange={(event) => {
          setQuery(event.target.value);
          setWanted(true);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('searchResults')}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {hits.map((hit, i) => {
          const node = index.nodeById.get(hit.id);
          if (!node) return null;
          return (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // Choosing on mouse down keeps the input's blur from closing the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit.id);
              }}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm ${
                i === active ? 'bg-blue-100 dark:bg-slate-700' : ''
              }`}
            >
              <TypeSwatch type={node.type} />
              <span className="flex-1 truncate">{localized(node.label, language)}</span>
              <span className="text-xs text-slate-600 dark:text-slate-300">{t(`nodeType_${node.type}`)}</span>
            </li>
          );
        })}
        {hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled className="px-3 py-1.5 text-sm">
            {partial ? t('loadingRest') : t('noResults', { query: q })}
          </li>
        )}
      </ul>
    </div>
  );
}
