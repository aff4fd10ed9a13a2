/**
 * The time bar: meetings per month (or year) as a histogram, a range to drag with the mouse or
 * move with the arrow keys, and exact date inputs. While dragging, the range lives here; the
 * store (and so the canvas and the URL) gets it when the drag ends.
 */
import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { isIsoDate, parseIsoDate } from '../../shared/dates/iso';
import { meetingStarts, type GraphIndex } from '../graph-data/graph-index';
import { formatIsoDate } from '../i18n/format-date';
import { useLanguage, useT } from '../i18n/use-language';
import { useAppStore } from '../store/app-store';
import { meetingHistogram } from './histogram';
import type { HistogramBin } from './histogram';
import { binsToRange, rangeToBins } from './range-bins';

type End = 'start' | 'end';

export function TimeBar({ index }: { index: GraphIndex }) {
  const t = useT();
  const language = useLanguage();
  const from = useAppStore((state) => state.from);
  const to = useAppStore((state) => state.to);
  const setRange = useAppStore((state) => state.setRange);
  const histogram = useMemo(() => meetingHistogram(meetingStarts(index)), [index]);
  const { bins, binSize, undated } = histogram;
  // Each bar's tooltip, formatted once per histogram and language rather than on every range change.
  const titles = useMemo(
    () =>
      bins.map(
        (bin) =>
          `${formatIsoDate(binSize === 'year' ? bin.first.slice(0, 4) : bin.first.slice(0, 7), language)}: ${bin.count}`,
      ),
    [bins, binSize, language],
  );
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ end: End | 'new'; anchor: number } | null>(null);
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const committed = rangeToBins(bins, from, to);
  const [start, end] = draft ?? committed;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const last = bins.length - 1;

  // With only the first view loaded, most meetings are not there yet: the bar keeps its place
  // (so the canvas does not move when they come) and says it is waiting.
  if (index.partial) {
    return (
      <section
        aria-labelledby="time-heading"
        aria-busy="true"
        className="border-t border-slate-200 bg-white px-4 pt-2 pb-3 dark:border-slate-700 dark:bg-slate-900"
      >
        <RangeFields from="" to="" />
        <p role="status" className="flex h-12 items-center text-sm text-slate-600 dark:text-slate-300">
          {t('loadingRest')}
        </p>
        <div aria-hidden="true" className="mt-1 h-4" />
      </section>
    );
  }
  if (bins.length === 0) return null;

  const binFromPointer = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    const fraction = (clientX - rect.left) / rect.width;
    return Math.min(last, Math.max(0, Math.floor(fraction * bins.length)));
  };

  const commit = (s: number, e: number) => {
    const range = binsToRange(bins, binSize, Math.min(s, e), Math.max(s, e));
    setRange(range.from, range.to);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>, which: End | 'new') => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const at = binFromPointer(event.clientX);
    drag.current = { end: which, anchor: which === 'start' ? end : which === 'end' ? start : at };
    trackRef.current?.setPointerCapture(event.pointerId);
    if (which === 'new') setDraft([at, at]);
    else setDraft([start, end]);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const at = binFromPointer(event.clientX);
    const anchor = drag.current.anchor;
    setDraft([Math.min(anchor, at), Math.max(anchor, at)]);
  };

  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    if (draft) commit(draft[0], draft[1]);
    setDraft(null);
  };

  const onHandleKey = (event: KeyboardEvent<HTMLDivElement>, which: End) => {
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -12,
      PageUp: 12,
    };
    let s = start;
    let e = end;
    if (event.key in step) {
      const delta = step[event.key] ?? 0;
      if (which === 'start') s = Math.min(e, Math.max(0, s + delta));
      else e = Math.max(s, Math.min(last, e + delta));
    } else if (event.key === 'Home') {
      if (which === 'start') s = 0;
      else e = s;
    } else if (event.key === 'End') {
      if (which === 'start') s = e;
      else e = last;
    } else return;
    event.preventDefault();
    commit(s, e);
  };

  const pct = (i: number) => `${(i / bins.length) * 100}%`;
  const binLabel = (i: number, which: End) => {
    const bin = bins[i];
    if (!bin) return '';
    const day = which === 'start' ? bin.first : bin.last;
    return formatIsoDate(binSize === 'year' ? day.slice(0, 4) : day.slice(0, 7), language);
  };

  const onDateInput = (which: 'from' | 'to', value: string) => {
    if (value === '') return setRange(which === 'from' ? null : from, which === 'to' ? null : to);
    if (!isIsoDate(value)) return;
    let nextFrom = which === 'from' ? value : from;
    let nextTo = which === 'to' ? value : to;
    const f = nextFrom ? parseIsoDate(nextFrom) : null;
    const e = nextTo ? parseIsoDate(nextTo) : null;
    // A reversed range is read as the user meaning the same dates the other way round.
    if (f && e && e.last < f.first) [nextFrom, nextTo] = [nextTo, nextFrom];
    setRange(nextFrom, nextTo);
  };

  const years = bins
    .map((bin, i) => ({ i, year: bin.first.slice(0, 4), first: binSize === 'year' || bin.first.slice(5, 7) === '01' }))
    .filter((b) => b.first || b.i === 0);

  const handle = (which: End, at: number) => (
    <div
      role="slider"
      tabIndex={0}
      aria-label={which === 'start' ? t('rangeStart') : t('rangeEnd')}
      aria-valuemin={0}
      aria-valuemax={last}
      aria-valuenow={at}
      aria-valuetext={binLabel(at, which)}
      onKeyDown={(event) => onHandleKey(event, which)}
      onPointerDown={(event) => onPointerDown(event, which)}
      style={{ left: which === 'start' ? pct(at) : pct(at + 1) }}
      className="absolute top-0 bottom-0 z-10 -ml-2 flex w-4 cursor-ew-resize touch-none justify-center"
    >
      <span className="h-full w-1.5 rounded-full bg-blue-700 shadow dark:bg-sky-400" />
    </div>
  );

  return (
    <section
      aria-labelledby="time-heading"
      className="border-t border-slate-200 bg-white px-4 pt-2 pb-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <RangeFields
        from={from ? (parseIsoDate(from)?.first ?? '') : ''}
        to={to ? (parseIsoDate(to)?.last ?? '') : ''}
        onDateInput={onDateInput}
        onAllDates={from === null && to === null ? undefined : () => setRange(null, null)}
      >
        {undated > 0 && (
          <span className="text-slate-600 dark:text-slate-300">{t('undatedCount', { count: undated })}</span>
        )}
      </RangeFields>
      <div
        ref={trackRef}
        onPointerDown={(event) => onPointerDown(event, 'new')}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        className="relative h-12 cursor-crosshair touch-none select-none"
      >
        {/* The bars twice, each drawn once per histogram: grey, and over them amber clipped to the
            range, so moving the range changes one clip instead of re-rendering every bar. */}
        <Bars bins={bins} titles={titles} max={max} tone="bg-slate-300 dark:bg-slate-700" />
        <div
          aria-hidden="true"
          className="absolute inset-0"
          style={{ clipPath: `inset(0 ${(100 * (last - end)) / bins.length}% 0 ${(100 * start) / bins.length}%)` }}
        >
          <Bars bins={bins} titles={titles} max={max} tone="bg-amber-600 dark:bg-amber-400" />
        </div>
        <div
          aria-hidden="true"
          style={{ left: pct(start), width: pct(end - start + 1) }}
          className="absolute inset-y-0 rounded bg-blue-500/10 ring-1 ring-blue-600/40 dark:bg-sky-400/10"
        />
        {handle('start', start)}
        {handle('end', end)}
      </div>
      <div aria-hidden="true" className="relative mt-1 h-4 text-xs text-slate-600 dark:text-slate-300">
        {years.map((y) => (
          <span key={y.i} style={{ left: pct(y.i) }} className="absolute">
            {y.year}
          </span>
        ))}
      </div>
    </section>
  );
}

/** One row of histogram bars in one colour; memoized, so a range change does not touch it. */
const Bars = memo(function Bars({
  bins,
  titles,
  max,
  tone,
}: {
  bins: readonly HistogramBin[];
  titles: readonly string[];
  max: number;
  tone: string;
}) {
  return (
    <div aria-hidden="true" className="absolute inset-0 flex items-end gap-px">
      {bins.map((bin, i) => (
        <div
          key={bin.first}
          title={titles[i]}
          style={{ height: bin.count === 0 ? '2px' : `${12 + (88 * bin.count) / max}%` }}
          className={`flex-1 rounded-t-sm ${tone}`}
        />
      ))}
    </div>
  );
});

/**
 * The heading, the two date fields and "All dates". Without `onDateInput` (while the rest of the
 * graph loads) the fields are disabled; without `onAllDates` the button is.
 */
function RangeFields(props: {
  from: string;
  to: string;
  onDateInput?: (field: 'from' | 'to', value: string) => void;
  onAllDates?: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const { onDateInput } = props;
  const field = (end: 'from' | 'to') => (
    <label className="flex items-center gap-1.5">
      {t(end)}
      <input
        type="date"
        disabled={!onDateInput}
        value={props[end]}
        onChange={(event) => onDateInput?.(end, event.target.value)}
        className="rounded border border-slate-300 bg-white px-1.5 py-0.5 dark:border-slate-600 dark:bg-slate-950"
      />
    </label>
  );
  return (
    <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <h2 id="time-heading" className="font-semibold">
        {t('timeRange')}
      </h2>
      {field('from')}
      {field('to')}
      <button
        type="button"
        onClick={props.onAllDates}
        disabled={!props.onAllDates}
        className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-50 dark:border-slate-600"
      >
        {t('allDates')}
      </button>
      {props.children}
    </div>
  );
}
