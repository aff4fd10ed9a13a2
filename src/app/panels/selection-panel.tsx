import type { GraphIndex } from '../graph-data/graph-index';
import { useAppStore } from '../store/app-store';
import { EdgePanel } from './edge-panel';
import { NodePanel } from './node-panel';

/** The panel for whatever is selected; nothing when nothing is. */
export function SelectionPanel({ index }: { index: GraphIndex }) {
  const selection = useAppStore((state) => state.selection);
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
