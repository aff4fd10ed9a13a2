/** Says in plain words which parts of a link could not be used; the rest of the link applied. */
import type { Translate } from '../i18n/translate';
import { useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import type { UrlProblem } from './view-state';

export function describeProblem(problem: UrlProblem, t: Translate): string {
  switch (problem.code) {
    case 'reversedRange':
      return t('problem_reversedRange', { from: problem.from, to: problem.to });
    case 'bothSelected':
      return t('problem_bothSelected');
    case 'tooLong':
      return t('problem_tooLong', { param: problem.param });
    default:
      return t(`problem_${problem.code}`, { param: problem.param, value: problem.value });
  }
}

export function UrlNotices() {
  const t = useT();
  const problems = useAppStore((state) => state.urlProblems);
  const setUrlProblems = useAppStore((state) => state.setUrlProblems);
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="flex-1">
        <p className="font-medium">{t('linkProblems')}</p>
        <ul className="list-disc pl-5">
          {problems.map((problem, i) => (
            <li key={i}>{describeProblem(problem, t)}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => setUrlProblems([])}
        className="rounded border border-amber-400 px-2 py-0.5 dark:border-amber-600"
      >
        {t('dismiss')}
      </button>
    </div>
  );
}
