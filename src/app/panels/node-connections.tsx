/** A node's connections grouped by relation; each opens its edge, with the quotes behind it. */
import { useState } from 'react';
import type { EdgeType } from '../../shared/graph/schema';
import type { GraphIndex } from '../graph-data/graph-index';
import { edgeEvidence, type NodeChunkData } from '../graph-data/node-chunk';
import { useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { MoreRows, PANEL_ROWS } from './first-rows';
import type { Connection } from './node-facts';
import { NodeLink } from './node-link';

interface Props {
  groups: [EdgeType, Connection[]][];
  index: GraphIndex;
  /** The node's chunk, with every connection's quotes; undefined while it loads. */
  chunk: NodeChunkData | undefined;
}

export function NodeConnections({ groups, index, chunk }: Props) {
  const t = useT();
  const selectEdge = useAppStore((state) => state.selectEdge);
  // Rows shown per relation: the first PANEL_ROWS, more on request (a busy official has a thousand).
  const [limits, setLimits] = useState<Partial<Record<EdgeType, number>>>({});
  const limitOf = (type: EdgeType) => limits[type] ?? PANEL_ROWS;
  return (
    <div className="space-y-4">
      {groups.map(([type, connections]) => (
        <section key={type}>
          <h4 className="mb-1 text-sm font-semibold">{t(`edgeGroup_${type}`)}</h4>
          <ul className="space-y-3">
            {connections.slice(0, limitOf(type)).map(({ edge, other }) => (
              <li key={edge.id} className="text-sm">
                <div className="flex flex-wrap items-center gap-x-2">
                  <NodeLink id={other} index={index} />
                  <button
                    type="button"
                    onClick={() => selectEdge(edge.id, { centre: true })}
                    className="min-h-6 rounded border border-slate-300 px-1.5 py-0.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    {t('sources')}: {edge.sources}
                  </button>
                </div>
                <ConnectionQuotes edgeId={edge.id} chunk={chunk} />
              </li>
            ))}
          </ul>
          <MoreRows
            shown={Math.min(limitOf(type), connections.length)}
            total={connections.length}
            onMore={() => setLimits((current) => ({ ...current, [type]: limitOf(type) + PANEL_ROWS }))}
          />
        </section>
      ))}
    </div>
  );
}

function ConnectionQuotes({ edgeId, chunk }: { edgeId: string; chunk: NodeChunkData | undefined }) {
  const { evidence, languageOf } = edgeEvidence(chunk, edgeId);
  if (!evidence) return null;
  return (
    <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-2 dark:border-slate-700">
      {evidence.map((entry, i) => (
        <li key={i} lang={languageOf(entry.article)} className="text-slate-700 dark:text-slate-300">
          “{entry.quote}”
        </li>
      ))}
    </ul>
  );
}
