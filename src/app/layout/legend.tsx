/** What the marks on the canvas mean beyond node types (which the type filters show). */
import { useT } from '../i18n/use-language';
import { TypeSwatch } from './type-swatch';

export function Legend() {
  const t = useT();
  return (
    <section aria-labelledby="legend-heading" className="mt-5">
      <h2
        id="legend-heading"
        className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
      >
        {t('legend')}
      </h2>
      <ul className="space-y-1.5 text-sm">
        <li className="flex items-center gap-2">
          <TypeSwatch type="person" dashed />
          {t('legendUnreviewed')}
        </li>
        <li className="flex items-center gap-2">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="5.5" fill="none" stroke="#dc2626" strokeWidth="3" />
          </svg>
          {t('legendSelected')}
        </li>
        <li className="flex items-center gap-2">
          <span className="opacity-45">
            <TypeSwatch type="meeting" />
          </span>
          {t('legendPlanned')}
        </li>
      </ul>
    </section>
  );
}
