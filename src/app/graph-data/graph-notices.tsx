/** Says which faults in the graph file were worked around, so nothing is left out silently. */
import { useState } from 'react';
import { useT } from '../i18n/use-language';
import type { GraphIndex } from './graph-index';

const SHOWN = 10;

export function GraphNotices({ index }: { index: GraphIndex }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || index.setAside.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="flex-1">
        <p className="font-medium">{t('graphSetAside')}</p>
        <ul className="list-disc pl-5">
          {index.setAside.slice(0, SHOWN).map((problem, i) => (
            <li key={i}>
              <code className="font-mono">{problem.path}</code> {problem.message}
            </li>
          ))}
        </ul>
        {index.setAside.length > SHOWN && <p>{t('moreProblems', { count: index.setAside.length - SHOWN })}</p>}
      </div>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="rounded border border-amber-400 px-2 py-0.5 dark:border-amber-600"
      >
        {t('dismiss')}
      </button>
    </div>
  );
}
