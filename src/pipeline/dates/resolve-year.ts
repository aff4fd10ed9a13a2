import type { ArticleDate } from './article-date';
import type { EpochDay } from './calendar';

export interface DaySpan {
  first: EpochDay;
  last: EpochDay;
}

export type Tense = 'past' | 'future' | undefined;

/** Days of slack for time zones: a wire dated the 21st may report the 22nd local time. */
export const TIME_ZONE_TOLERANCE_DAYS = 2;

function distance(a: DaySpan, b: DaySpan): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/**
 * The year for a date stated without one ("3 марта", "в феврале", "летом").
 * Past: the latest such span that starts no later than the article (with some slack);
 * future: the earliest that ends no earlier; otherwise the one nearest the article.
 * `spanIn(year)` gives the span the words cover in that year, or null where they name no real day (29 Feb).
 */
export function inferYear(spanIn: (year: number) => DaySpan | null, article: ArticleDate, tense: Tense): number | null {
  const candidates: { year: number; span: DaySpan }[] = [];
  for (let year = article.year - 1; year <= article.year + 1; year += 1) {
    const span = spanIn(year);
    if (span) candidates.push({ year, span });
  }
  if (candidates.length === 0) return null;
  if (tense === 'past') {
    const fitting = candidates.filter((c) => c.span.first <= article.last + TIME_ZONE_TOLERANCE_DAYS);
    const latest = fitting.at(-1);
    if (latest) return latest.year;
  }
  if (tense === 'future') {
    const fitting = candidates.find((c) => c.span.last >= article.first - TIME_ZONE_TOLERANCE_DAYS);
    if (fitting) return fitting.year;
  }
  let best = candidates[0]!;
  for (const candidate of candidates) {
    const d = distance(candidate.span, article);
    const bestD = distance(best.span, article);
    // On a tie the article's own year wins.
    if (d < bestD || (d === bestD && candidate.year === article.year)) best = candidate;
  }
  return best.year;
}
