/**
 * Meetings per period for the time bar. Bins are months, or years when the data spans more
 * than ten years. A meeting counts in the bin where its date span starts.
 */
import { daysInMonth, parseIsoDate } from '../../shared/dates/iso';

export type BinSize = 'month' | 'year';

export interface HistogramBin {
  /** First and last day of the bin, YYYY-MM-DD. */
  first: string;
  last: string;
  count: number;
}

export interface MeetingHistogram {
  bins: HistogramBin[];
  binSize: BinSize;
  undated: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function binKey(day: string, size: BinSize): string {
  return size === 'year' ? day.slice(0, 4) : day.slice(0, 7);
}

function binOf(key: string, size: BinSize): { first: string; last: string } {
  if (size === 'year') return { first: `${key}-01-01`, last: `${key}-12-31` };
  const [y, m] = key.split('-').map(Number);
  return { first: `${key}-01`, last: `${key}-${pad(daysInMonth(y ?? 1, m ?? 1))}` };
}

function nextKey(key: string, size: BinSize): string {
  if (size === 'year') return String(Number(key) + 1).padStart(4, '0');
  const [y = 1, m = 1] = key.split('-').map(Number);
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${String(y).padStart(4, '0')}-${pad(m + 1)}`;
}

/** `starts` are the meetings' start dates (ISO, any precision); undefined means undated. */
export function meetingHistogram(starts: readonly (string | undefined)[]): MeetingHistogram {
  let undated = 0;
  const days: string[] = [];
  for (const start of starts) {
    const span = start === undefined ? null : parseIsoDate(start);
    if (span) days.push(span.first);
    else undated += 1;
  }
  if (days.length === 0) return { bins: [], binSize: 'month', undated };
  days.sort();
  const firstDay = days[0] ?? '';
  const lastDay = days[days.length - 1] ?? '';
  const years = Number(lastDay.slice(0, 4)) - Number(firstDay.slice(0, 4));
  const binSize: BinSize = years > 10 ? 'year' : 'month';
  const counts = new Map<string, number>();
  for (const day of days) counts.set(binKey(day, binSize), (counts.get(binKey(day, binSize)) ?? 0) + 1);
  const bins: HistogramBin[] = [];
  const lastKey = binKey(lastDay, binSize);
  for (let key = binKey(firstDay, binSize); ; key = nextKey(key, binSize)) {
    bins.push({ ...binOf(key, binSize), count: counts.get(key) ?? 0 });
    if (key === lastKey) break;
  }
  return { bins, binSize, undated };
}
