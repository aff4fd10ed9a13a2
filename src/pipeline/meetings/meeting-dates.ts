/**
 * Which date a meeting gets: the date phrase of its own clause (or sentence), else a day of the
 * visit it belongs to ("on the second day"), else "the same day" as the last meeting dated to the
 * day, else the date the article was just talking about, else, for news of something held, the
 * article's own date. A planned meeting with no date of its own stays undated; no day is invented.
 */
import { parseIsoDate } from '../../shared/dates/iso';
import type { ArticleLanguage, DateMention } from '../dates/types';
import { SAME_DAY, VISIT_DAY } from './lexicon';
import type { DateSource, Span } from './types';

export interface ChosenDate {
  date?: { start: string; end?: string };
  dateText?: string;
  source: DateSource;
}

export interface DateContext {
  /** The date of the last held meeting: what a following undated sentence is about. */
  cursor?: { start: string; end?: string };
  /** The last date known to the day, for "the same day". */
  lastDay?: string;
  /** The visit the clause belongs to, for "on the second day". */
  visit?: { start: string; end?: string };
}

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** The date mention nearest the trigger, from the clause first, then the sentence. */
export function nearestDate(
  dates: readonly DateMention[],
  trigger: Span,
  clause: Span,
  sentence: Span,
): DateMention | undefined {
  for (const scope of [clause, sentence]) {
    const inside = dates.filter((d) => d.start >= scope.start && d.end <= scope.end);
    if (inside.length > 0) {
      return [...inside].sort((a, b) => distance(a, trigger) - distance(b, trigger) || a.start - b.start)[0];
    }
  }
  return undefined;
}

function visitDay(language: ArticleLanguage, words: string, visit: DateContext['visit']): string | undefined {
  if (!visit) return undefined;
  const first = parseIsoDate(visit.start);
  if (!first || first.precision !== 'day') return undefined;
  const last = visit.end ? parseIsoDate(visit.end) : first;
  for (const { pattern, day } of VISIT_DAY[language]) {
    if (!pattern.test(words)) continue;
    if (day === 'last') return last?.precision === 'day' ? last.first : undefined;
    const iso = addDays(first.first, day - 1);
    return last && iso <= last.last ? iso : undefined;
  }
  return undefined;
}

export function chooseDate(args: {
  language: ArticleLanguage;
  published: string;
  status: 'held' | 'planned';
  own: DateMention | undefined;
  /** True when the own date comes after the trigger, so a "same day" phrase before it wins. */
  sameDayFirst?: boolean;
  /** The clause's words, for "on the second day" and "the same day". */
  words: string;
  context: DateContext;
  /** The frame meeting's date ("during the visit"), when the clause names one. */
  frameDate?: { start: string; end?: string };
}): ChosenDate {
  const { context, words, language } = args;
  // "On the same day" before the meeting outranks a date phrase after it (about something else).
  const own = args.own && args.sameDayFirst && SAME_DAY[language].test(words) ? undefined : args.own;
  if (own) return { date: { ...own.date }, dateText: own.text, source: 'stated' };
  const day = visitDay(language, words, context.visit);
  if (day) return { date: { start: day }, source: 'visit-day' };
  if (SAME_DAY[language].test(words)) {
    const published = parseIsoDate(args.published);
    const sameDay = context.lastDay ?? (published?.precision === 'day' ? args.published : undefined);
    if (sameDay) return { date: { start: sameDay }, source: 'same-day' };
  }
  if (args.frameDate) return { date: { ...args.frameDate }, source: 'context' };
  if (args.status === 'planned') return { source: 'none' };
  if (context.cursor) return { date: { ...context.cursor }, source: 'context' };
  return { date: { start: args.published }, source: 'article-date' };
}

/** True when the meeting's date lies after the article's: it had not happened when written. */
export function isAfterPublication(date: { start: string } | undefined, published: string): boolean {
  if (!date) return false;
  const span = parseIsoDate(date.start);
  const pub = parseIsoDate(published);
  return span !== null && pub !== null && span.first > pub.last;
}

/** True when the whole of the meeting's date lies before the article's: it was past when written. */
export function isBeforePublication(date: { start: string; end?: string } | undefined, published: string): boolean {
  if (!date) return false;
  const last = parseIsoDate(date.end ?? date.start);
  const pub = parseIsoDate(published);
  return last !== null && pub !== null && last.last < pub.first;
}
