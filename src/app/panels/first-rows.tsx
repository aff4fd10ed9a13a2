/**
 * Long panel lists (the busiest official has over a thousand meetings) show their first rows
 * and a button for more, so opening a panel lays out a screenful, not the whole list.
 */
import { useState } from 'react';
import { useT } from '../i18n/use-language';
import { PANEL_ROWS } from './panel-rows';

export { PANEL_ROWS };

export function useFirstRows<T>(rows: readonly T[]): { shown: readonly T[]; more: () => void } {
  const [limit, setLimit] = useState(PANEL_ROWS);
  return { shown: rows.length > limit ? rows.slice(0, limit) : rows, more: () => setLimit((n) => n + PANEL_ROWS) };
}

/** Under a cut list: how much is shown, and a button for the next rows. Nothing when all are shown. */
export function MoreRows({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
      {t('rowsShown', { shown, total })}
      <button
        type="button"
        onClick={onMore}
        className="rounded border border-slate-300 px-2 py-0.5 text-slate-900 dark:border-slate-600 dark:text-slate-100"
      >
        {t('showMoreRows', { count: Math.min(PANEL_ROWS, total - shown) })}
      </button>
    </p>
  );
}
