/** Copies the current link; where the clipboard is refused, shows the link to copy by hand. */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-language';

export function ShareButton() {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  useEffect(
    function hideConfirmationAfterAWhile() {
      if (state !== 'copied') return;
      const timer = setTimeout(() => setState('idle'), 4000);
      return () => clearTimeout(timer);
    },
    [state],
  );
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="relative flex items-center gap-2">
      <button
        type="button"
        onClick={() => void share()}
        className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 dark:bg-sky-700 dark:hover:bg-sky-800"
      >
        {t('share')}
      </button>
      <p role="status" className="text-sm">
        {state === 'copied' && (
          <span className="absolute top-full right-0 mt-1 w-max rounded bg-slate-800 px-2 py-1 text-white">
            {t('linkCopied')}
          </span>
        )}
      </p>
      {state === 'manual' && (
        <label className="absolute top-full right-0 z-30 mt-1 w-80 rounded-md border bg-white p-2 text-sm shadow dark:bg-slate-900">
          {t('copyManually')}
          <input
            readOnly
            value={window.location.href}
            onFocus={(event) => event.target.select()}
            className="mt-1 w-full rounded border px-2 py-1"
          />
        </label>
      )}
    </div>
  );
}
