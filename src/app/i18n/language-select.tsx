import { UI_LANGUAGES, type UiLanguage } from './languages';
import { useAppStore } from '../store/app-store';
import { useLanguage, useT } from './use-language';

/** Each language named in itself, so anyone can find their own. */
const NAMES: Record<UiLanguage, string> = { en: 'English', ru: 'Русский', uk: 'Українська' };

export function LanguageSelect() {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only sm:not-sr-only">{t('language')}</span>
      <select
        value={language}
        onChange={(event) => setLanguage(event.target.value as UiLanguage)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
