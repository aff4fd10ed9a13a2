/**
 * The frame around the node and edge panels: a side column on wide screens, a bottom sheet
 * on phones. Over the graph it is drawn on top of the canvas, which keeps its size (a resized
 * canvas is redrawn in full, the cost of a first click at scale); beside the list it takes its
 * own room. It sets the panel-ready mark once a selection's panel is on screen.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-language';
import { COVERS_CANVAS } from '../layout/canvas-cover';
import { useAppStore } from '../store/app-store';

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  selectionId: string;
}

export const PANEL_TITLE_ID = 'selection-panel-title';

export function PanelShell({ title, subtitle, children, selectionId }: Props) {
  const t = useT();
  const clearSelection = useAppStore((state) => state.clearSelection);
  const overCanvas = useAppStore((state) => state.mainView === 'graph');

  useEffect(
    function markPanelReady() {
      const frame = requestAnimationFrame(() => performance.mark('diplograph:panel-ready'));
      return () => cancelAnimationFrame(frame);
    },
    [selectionId],
  );

  return (
    <aside
      aria-labelledby={PANEL_TITLE_ID}
      {...(overCanvas ? { [COVERS_CANVAS]: '' } : {})}
      className={`z-20 overflow-y-auto rounded-t-2xl border-t border-slate-200 bg-slate-50 shadow-[0_-8px_30px_rgba(0,0,0,0.15)] md:w-[26rem] md:rounded-none md:border-t-0 md:border-l dark:border-slate-700 dark:bg-slate-950 ${
        overCanvas
          ? 'fixed inset-x-0 bottom-0 max-h-[55dvh] md:absolute md:inset-y-0 md:right-0 md:left-auto md:max-h-none md:shadow-[-8px_0_24px_rgba(0,0,0,0.12)]'
          : 'max-h-[55%] shrink-0 md:z-auto md:max-h-none md:shrink-0 md:shadow-none'
      }`}
    >
      <div className="sticky top-0 z-10 flex items-start gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur dark:border-slate-700 dark:bg-slate-950/95">
        <div className="min-w-0 flex-1">
          <h2 id={PANEL_TITLE_ID} className="text-lg leading-snug font-semibold">
            {title}
          </h2>
          {subtitle && <div className="text-sm text-slate-600 dark:text-slate-300">{subtitle}</div>}
        </div>
        <button
          type="button"
          onClick={clearSelection}
          aria-label={t('close')}
          title={t('close')}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
        >
          ✕
        </button>
      </div>
      <div className="space-y-5 px-4 py-4">{children}</div>
    </aside>
  );
}

export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3
        id={headingId}
        className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
      >
        {title}
      </h3>
      {children}
    </section>
  );
}
