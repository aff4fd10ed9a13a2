/**
 * The accessible way through the graph: a table of the nodes shown, sortable by any column,
 * every row reachable by Tab, and choosing a name selects the node.
 */
import { useMemo, useState } from 'react';
import type { VisibleGraph } from '../filters/visible-graph';
import type { GraphIndex } from '../graph-data/graph-index';
import { formatDateSpan } from '../i18n/format-date';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { TypeSwatch } from '../layout/type-swatch';
import { useAppStore } from '../store/app-store';
import { nodeRows, sortRows, type SortColumn, type SortOrder } from './node-rows';

const COLUMNS: { column: SortColumn; key: 'colName' | 'colType' | 'colDates' | 'colConnections' }[] = [
  { column: 'name', key: 'colName' },
  { column: 'type', key: 'colType' },
  { column: 'dates', key: 'colDates' },
  { column: 'connections', key: 'colConnections' },
];

export function NodeTable({ index, visible }: { index: GraphIndex; visible: VisibleGraph }) {
  const t = useT();
  const language = useLanguage();
  const selection = useAppStore((state) => state.selection);
  const selectNode = useAppStore((state) => state.selectNode);
  const [order, setOrder] = useState<SortOrder>({ column: 'connections', direction: 'descending' });
  const rows = useMemo(() => {
    const name = (id: string) => localized(index.nodeById.get(id)?.label ?? {}, language);
    return sortRows(nodeRows(index, visible.nodeIds, name), order, language);
  }, [index, visible, order, language]);

  const sortBy = (column: SortColumn) =>
    setOrder((current) => ({
      column,
      direction:
        current.column === column && current.direction === 'ascending'
          ? 'descending'
          : current.column === column
            ? 'ascending'
            : column === 'connections'
              ? 'descending'
              : 'ascending',
    }));

  // The first view has neither the whole graph's dates nor its connections: the list waits.
  if (index.partial) {
    return (
      <div className="absolute inset-0 bg-slate-50 p-4 dark:bg-slate-950">
        <p role="status" className="text-slate-600 dark:text-slate-300">
          {t('loadingRest')}
        </p>
      </div>
    );
  }
  return (
    <div className="absolute inset-0 overflow-auto bg-slate-50 dark:bg-slate-950">
      <table className="w-full border-collapse text-sm">
        <caption className="px-4 py-2 text-left text-slate-600 dark:text-slate-300">
          {t('listCaption', { count: rows.length })}
        </caption>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            {COLUMNS.map(({ column, key }) => (
              <th
                key={column}
                scope="col"
                aria-sort={order.column === column ? order.direction : 'none'}
                className="px-4 py-2 text-left font-semibold"
              >
                <button
                  type="button"
                  onClick={() => sortBy(column)}
                  className="inline-flex items-center gap-1 rounded hover:underline"
                >
                  {t(key)}
                  <span aria-hidden="true" className="text-xs">
                    {order.column === column ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const current = selection?.kind === 'node' && selection.id === row.id;
            return (
              <tr
                key={row.id}
                aria-current={current ? 'true' : undefined}
                className={`border-t border-slate-200 dark:border-slate-800 ${
                  current ? 'bg-blue-100 dark:bg-slate-800' : 'hover:bg-white dark:hover:bg-slate-900'
                }`}
              >
                <th scope="row" className="px-4 py-1.5 text-left font-normal">
                  <button
                    type="button"
                    onClick={() => selectNode(row.id, { centre: true })}
                    className="text-left font-medium text-blue-700 hover:underline dark:text-sky-300"
                  >
                    {row.name}
                  </button>
                </th>
                <td className="px-4 py-1.5">
                  <span className="inline-flex items-center gap-1.5">
                    <TypeSwatch type={row.type} />
                    {t(`nodeType_${row.type}`)}
                  </span>
                </td>
                <td className="px-4 py-1.5 tabular-nums">
                  {row.first && row.last ? formatDateSpan(row.first, row.last, language) : '—'}
                </td>
                <td className="px-4 py-1.5 tabular-nums">{row.connections}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
