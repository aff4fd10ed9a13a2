/** Show or hide node types; each checkbox carries the type's legend swatch. */
import { NODE_TYPES, type NodeType } from '../../shared/graph/schema';
import type { GraphIndex } from '../graph-data/graph-index';
import { useT } from '../i18n/use-language';
import { TypeSwatch } from '../layout/type-swatch';
import { useAppStore } from '../store/app-store';
import type { VisibleGraph } from './visible-graph';

export function TypeFilters({ index, visible }: { index: GraphIndex; visible: VisibleGraph }) {
  const t = useT();
  const types = useAppStore((state) => state.types);
  const toggleType = useAppStore((state) => state.toggleType);
  const shown = (type: NodeType) => types === null || types.includes(type);
  const countOf = (type: NodeType) => {
    let count = 0;
    for (const id of visible.nodeIds) if (index.nodeById.get(id)?.type === type) count += 1;
    return count;
  };
  return (
    <fieldset>
      <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {t('show')}
      </legend>
      <ul className="space-y-1">
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                checked={shown(type)}
                // The first view holds only the default view's nodes: other types wait for the rest.
                disabled={index.partial !== undefined}
                onChange={() => toggleType(type)}
                className="size-4 accent-blue-700"
              />
              <TypeSwatch type={type} />
              <span className="flex-1">{t(`nodeType_${type}`)}</span>
              <span className="text-xs text-slate-600 tabular-nums dark:text-slate-300">{countOf(type)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
