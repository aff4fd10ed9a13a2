/** Between the store's date range and positions on the time bar (bin indexes). */
import { parseIsoDate } from '../../shared/dates/iso';
import type { BinSize, HistogramBin } from './histogram';

/** The bin holding a day, clamped to the bar. */
export function binAt(bins: readonly HistogramBin[], day: string): number {
  if (bins.length === 0) return 0;
  if (day < (bins[0]?.first ?? '')) return 0;
  const i = bins.findIndex((bin) => day <= bin.last);
  return i === -1 ? bins.length - 1 : i;
}

/** The range as bin indexes; an open end sits at the edge of the bar. */
export function rangeToBins(bins: readonly HistogramBin[], from: string | null, to: string | null): [number, number] {
  const fromSpan = from ? parseIsoDate(from) : null;
  const toSpan = to ? parseIsoDate(to) : null;
  return [fromSpan ? binAt(bins, fromSpan.first) : 0, toSpan ? binAt(bins, toSpan.last) : bins.length - 1];
}

/** Bin indexes back to a range, at the bins' precision; ends at the bar's edges stay open. */
export function binsToRange(
  bins: readonly HistogramBin[],
  binSize: BinSize,
  start: number,
  end: number,
): { from: string | null; to: string | null } {
  const cut = (day: string) => (binSize === 'year' ? day.slice(0, 4) : day.slice(0, 7));
  const first = bins[start];
  const last = bins[end];
  return {
    from: start <= 0 || !first ? null : cut(first.first),
    to: end >= bins.length - 1 || !last ? null : cut(last.last),
  };
}
