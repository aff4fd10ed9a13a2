/** Everything known about one node: names, roles, meetings in date order, connections and their sources. */
import { useMemo } from 'react';
import { ChunkStatus } from '../graph-data/chunk-status';
import type { GraphIndex, GraphNode, MeetingNode } from '../graph-data/graph-index';
import { useNodeDetails, type NodeDetailsData } from '../graph-data/node-chunk';
import { isUnreviewed } from '../graph-data/review';
import { formatDateSpan, formatIsoDate } from '../i18n/format-date';
import { localized } from '../i18n/node-label';
import { useLanguage, useT } from '../i18n/use-language';
import { TypeSwatch } from '../layout/type-swatch';
import { useAppStore } from '../store/app-store';
import { meetingKindLabel, reviewLabel } from './labels';
import { MoreRows, useFirstRows } from './first-rows';
import { NodeConnections } from './node-connections';
import { connectionsByType, meetingsOf } from './node-facts';
import { NodeLink } from './node-link';
import { PanelSection, PanelShell } from './panel-shell';

export function NodePanel({ node, index }: { node: GraphNode; index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const unreviewed = isUnreviewed(node.review);
  const groups = useMemo(() => connectionsByType(index, node.id), [index, node.id]);
  // Roles, place and quotes come with the node's chunk; names and meetings are there already.
  const { query, details } = useNodeDetails(index, node.id);
  return (
    <PanelShell
      selectionId={node.id}
      title={localized(node.label, language)}
      subtitle={
        <span className="flex flex-wrap items-center gap-2">
          <TypeSwatch type={node.type} dashed={unreviewed} />
          {t(`nodeType_${node.type}`)}
          {node.type === 'meeting' && ` · ${meetingKindLabel(node.kind, t)}`}
          <span
            className={`rounded-full px-2 py-0.5 text-xs ${
              unreviewed
                ? 'border border-dashed border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-200'
                : 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
            }`}
          >
            {reviewLabel(node.review, t)}
          </span>
        </span>
      }
    >
      <FocusControls nodeId={node.id} />
      <PanelSection title={t('names')}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {Object.entries(node.label).map(([tag, name]) => (
            <div key={tag} className="contents">
              <dt className="font-mono text-slate-600 dark:text-slate-300">{tag}</dt>
              <dd lang={tag}>{name}</dd>
            </div>
          ))}
        </dl>
        {node.aliases.length > 0 && (
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            {t('alsoWritten')}: {node.aliases.join(', ')}
          </p>
        )}
      </PanelSection>
      <ChunkStatus query={query} />
      {node.type === 'meeting' && <MeetingFacts meeting={node} details={details} />}
      {node.type === 'person' && details?.roles && details.roles.length > 0 && (
        <Roles roles={details.roles} index={index} />
      )}
      {node.type !== 'meeting' && <Meetings nodeId={node.id} index={index} />}
      <PanelSection title={t('connections')}>
        <NodeConnections groups={groups} index={index} chunk={query.data} />
      </PanelSection>
    </PanelShell>
  );
}

function FocusControls({ nodeId }: { nodeId: string }) {
  const t = useT();
  const focus = useAppStore((state) => state.focus);
  const depth = useAppStore((state) => state.depth);
  const setFocus = useAppStore((state) => state.setFocus);
  const clearFocus = useAppStore((state) => state.clearFocus);
  const button = 'rounded-md border px-2.5 py-1 text-sm';
  const on = 'border-blue-700 bg-blue-700 text-white dark:border-sky-500 dark:bg-sky-700';
  const off = 'border-slate-300 dark:border-slate-600';
  return (
    <div role="group" aria-label={t('focus')} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{t('focus')}:</span>
      {([1, 2] as const).map((steps) => {
        const pressed = focus === nodeId && depth === steps;
        return (
          <button
            key={steps}
            type="button"
            aria-pressed={pressed}
            onClick={() => (pressed ? clearFocus() : setFocus(nodeId, steps))}
            className={`${button} ${pressed ? on : off}`}
          >
            {t(steps === 1 ? 'focusOneStep' : 'focusTwoSteps')}
          </button>
        );
      })}
    </div>
  );
}

function MeetingFacts({ meeting, details }: { meeting: MeetingNode; details: NodeDetailsData | undefined }) {
  const t = useT();
  const language = useLanguage();
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="font-medium">{t('when')}</dt>
      <dd>
        {meeting.date ? formatDateSpan(meeting.date.start, meeting.date.end, language) : t('undated')}
        {details?.dateText && (
          <span className="block text-slate-600 dark:text-slate-300">{t('dateWords', { text: details.dateText })}</span>
        )}
      </dd>
      {details?.place && (
        <>
          <dt className="font-medium">{t('where')}</dt>
          <dd>{details.place}</dd>
        </>
      )}
      <dt className="font-medium">{t('status')}</dt>
      <dd>{t(`status_${meeting.status}`)}</dd>
    </dl>
  );
}

function Roles({ roles, index }: { roles: NonNullable<NodeDetailsData['roles']>; index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const { shown, more } = useFirstRows(roles);
  return (
    <PanelSection title={t('roles')}>
      <ul className="space-y-1.5 text-sm">
        {shown.map((role, i) => (
          <li key={i}>
            <span className="font-medium">{localized(role.title, language)}</span>
            {role.state && (
              <>
                {' — '}
                <NodeLink id={role.state} index={index} />
              </>
            )}
            {role.organization && (
              <>
                {' — '}
                <NodeLink id={role.organization} index={index} />
              </>
            )}
            <span className="block text-slate-600 dark:text-slate-300">
              {t('roleReported', { date: formatIsoDate(role.asOf, language) })}
            </span>
          </li>
        ))}
      </ul>
      <MoreRows shown={shown.length} total={roles.length} onMore={more} />
    </PanelSection>
  );
}

function Meetings({ nodeId, index }: { nodeId: string; index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const meetings = useMemo(() => meetingsOf(index, nodeId), [index, nodeId]);
  const { shown, more } = useFirstRows(meetings);
  if (meetings.length === 0) return null;
  return (
    <PanelSection title={t('meetings')}>
      <ol className="space-y-1.5 text-sm">
        {shown.map((meeting) => (
          <li key={meeting.id}>
            <span className="block text-slate-600 tabular-nums dark:text-slate-300">
              {meeting.date ? formatDateSpan(meeting.date.start, meeting.date.end, language) : t('undated')}
            </span>
            <NodeLink id={meeting.id} index={index} />
          </li>
        ))}
      </ol>
      <MoreRows shown={shown.length} total={meetings.length} onMore={more} />
    </PanelSection>
  );
}
