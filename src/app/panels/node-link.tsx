/** A node named in a panel: a button that selects it and brings the camera to it. */
import type { GraphIndex } from '../graph-data/graph-index';
import { localized } from '../i18n/node-label';
import { useLanguage } from '../i18n/use-language';
import { TypeSwatch } from '../layout/type-swatch';
import { useAppStore } from '../store/app-store';

export function NodeLink({ id, index }: { id: string; index: GraphIndex }) {
  const language = useLanguage();
  const selectNode = useAppStore((state) => state.selectNode);
  const node = index.nodeById.get(id);
  if (!node) return <span>{id}</span>;
  return (
    <button
      type="button"
      onClick={() => selectNode(id, { centre: true })}
      className="inline-flex items-center gap-1.5 text-left font-medium text-blue-700 underline-offset-2 hover:underline dark:text-sky-300"
    >
      <TypeSwatch type={node.type} />
      {localized(node.label, language)}
    </button>
  );
}
