/** One connection: what it is, between whom, when, and every source excerpt behind it. */
import { EvidenceQuote } from '../evidence/evidence-quote';
import { ChunkStatus } from '../graph-data/chunk-status';
import type { GraphEdge, GraphIndex } from '../graph-data/graph-index';
import { useEdgeEvidence, useNodeDetails } from '../graph-data/node-chunk';
import { isUnreviewed } from '../graph-data/review';
import { formatDateSpan } from '../i18n/format-date';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { relationLabel, reviewLabel } from './labels';
import { edgeMeeting } from './node-facts';
import { NodeLink } from './node-link';
import { PanelSection, PanelShell } from './panel-shell';

export function EdgePanel({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const name = (id: string) => {
    const node = index.nodeById.get(id);
    return node ? localized(node.label, language) : id;
  };
  const meeting = edgeMeeting(index, edge);
  const unreviewed = isUnreviewed(edge.review);
  // The quotes and the meeting's date words come with one chunk: the meeting's, when there is one.
  const sources = useEdgeEvidence(index, edge);
  const dateText = useNodeDetails(index, meeting?.id ?? edge.source).details?.dateText;
  return (
    <PanelShell
      selectionId={edge.id}
      title={`${name(edge.source)} — ${relationLabel(edge.type, t)} — ${name(edge.target)}`}
      subtitle={
        <span className="flex flex-wrap items-center gap-2">
          {t('relationship')}: {relationLabel(edge.type, t)}
          <span
            className={`rounded-full px-2 py-0.5 text-xs ${
              unreviewed
                ? 'border border-dashed border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-200'
                : 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
            }`}
          >
            {reviewLabel(edge.review, t)}
          </span>
        </span>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-2 text-sm">
        <dt className="font-medium">{t('between')}</dt>
        <dd className="space-y-1">
          <NodeLink id={edge.source} index={index} />
          <br />
          <NodeLink id={edge.target} index={index} />
        </dd>
        <dt className="font-medium">{t('when')}</dt>
        <dd>
          {meeting?.date ? formatDateSpan(meeting.date.start, meeting.date.end, language) : t('undated')}
          {meeting && dateText && (
            <span className="block text-slate-600 dark:text-slate-300">{t('dateWords', { text: dateText })}</span>
          )}
        </dd>
      </dl>
      <PanelSection title={`${t('excerpts')} (${edge.sources})`}>
        <ChunkStatus query={sources.query} />
        <ol className="space-y-3">
          {sources.evidence?.map((evidence, i) => (
            <li key={`${evidence.article}:${evidence.start}:${i}`}>
              <EvidenceQuote evidence={evidence} index={index} />
            </li>
          ))}
        </ol>
      </PanelSection>
    </PanelShell>
  );
}
