import type { GraphIndex } from '../graph-data/graph-index';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { EdgePanel } from './edge-panel';
import { NodePanel } from './node-panel';
import { PanelShell } from './panel-shell';

/** The panel for whatever is selected; nothing when nothing is. */
export function SelectionPanel({ index }: { index: GraphIndex }) {
  const selection = useAppStore((state) => state.selection);
  const t = useT();
  const language = useLanguage();
  // The first view lacks most of a node's connections and meetings: the panel waits for the rest.
  if (selection && index.partial) {
    const node = selection.kind === 'node' ? index.nodeById.get(selection.id) : undefined;
    return (
      <PanelShell selectionId={selection.id} title={node ? localized(node.label, language) : t('loadingRest')}>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {t('loadingRest')}
        </p>
      </PanelShell>
    );
  }
  if (selection?.kind === 'node') {
    const node = index.nodeById.get(selection.id);
    return node ? <NodePanel key={node.id} node={node} index={index} /> : null;
  }
  if (selection?.kind === 'edge') {
    const edge = index.edgeById.get(selection.id);
    return edge ? <EdgePanel key={edge.id} edge={edge} index={index} /> : null;
  }
  return null;
}
