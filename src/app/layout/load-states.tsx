/** What the page shows before the graph is there: progress, or a plain account of what failed. */
import type { GraphLoadFailure } from '../graph-data/graph-source';
import { useT } from '../i18n/use-language';

/** Long lists of problems are cut: the first ones are enough to find the fault. */
const SHOWN_PROBLEMS = 20;

export function LoadingState() {
  const t = useT();
  return (
    <main className="grid min-h-dvh place-items-center p-6">
      <div className="w-72 text-center">
        <h1 className="mb-4 text-xl font-semibold">{t('appTitle')}</h1>
        <p id="loading-label" className="mb-3 text-slate-600 dark:text-slate-300">
          {t('loading')}
        </p>
        <div
          role="progressbar"
          aria-labelledby="loading-label"
          className="h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className="h-full w-1/3 animate-pulse rounded-full bg-blue-600 dark:bg-sky-400" />
        </div>
      </div>
    </main>
  );
}

interface LoadFailureProps {
  failure: GraphLoadFailure;
  onRetry: () => void;
  retrying: boolean;
}

export function LoadFailure({ failure, onRetry, retrying }: LoadFailureProps) {
  const t = useT();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="mb-4 text-xl font-semibold">{t('appTitle')}</h1>
      <div
        role="alert"
        className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        {failure.kind === 'invalid' ? (
          <>
            <p className="font-medium">{t('invalidGraph')}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {failure.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                <li key={i}>
                  <code className="font-mono text-sm">{problem.path}</code> {problem.message}
                </li>
              ))}
            </ul>
            {failure.problems.length > SHOWN_PROBLEMS && (
              <p className="mt-2">{t('moreProblems', { count: failure.problems.length - SHOWN_PROBLEMS })}</p>
            )}
          </>
        ) : (
          <p>
            {failure.kind === 'not-json'
              ? t('invalidJson', { reason: failure.reason })
              : t('loadFailed', { reason: failure.reason })}
          </p>
        )}
      </div>
      {failure.kind !== 'invalid' && (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-4 rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {t('retry')}
        </button>
      )}
    </main>
  );
}
