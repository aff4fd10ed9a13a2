/** Tells screen readers what was selected; the canvas alone would say nothing. */
import type { GraphIndex } from '../graph-data/graph-index';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { relationLabel } from '../panels/labels';
import { useAppStore } from '../store/app-store';

export function Announcer({ index }: { index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const selection = useAppStore((state) => state.selection);
  const name = (id: string) => {
    const node = index.nodeById.get(id);
    return node ? localized(node.label, language) : id;
  };
  let message = '';
  if (selection?.kind === 'node') {
    const node = index.nodeById.get(selection.id);
    if (node) message = t('selectedNode', { type: t(`nodeType_${node.type}`), name: name(node.id) });
  } else if (selection?.kind === 'edge') {
    const edge = index.edgeById.get(selection.id);
    if (edge) {
      message = t('selectedEdge', {
        source: name(edge.source),
        relation: relationLabel(edge.type, t),
        target: name(edge.target),
      });
    }
  }
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
      {message}
    </div>
  );
}
