/**
 * One meeting told twice — in two sentences of one article, or by several articles — is one
 * node. Candidates merge when their kinds are compatible, one's people are among the other's,
 * and their dates overlap (inside one article, a date only inferred from context gives way).
 * Linear: a candidate is compared only with meetings that share a participant.
 */
import { parseIsoDate, spanOf } from '../../shared/dates/iso';
import type { DateSource, MeetingCandidate, MeetingKind } from './types';

export interface ArticleSpan {
  article: string;
  start: number;
  end: number;
}

export interface MergedMeeting {
  kind: MeetingKind;
  status: 'held' | 'planned';
  date?: { start: string; end?: string };
  dateText?: string;
  dateSource: DateSource;
  place?: string;
  /** Participant node id → where it is stated. The first inserted is the subject. */
  persons: Map<string, ArticleSpan[]>;
  organizations: Map<string, ArticleSpan[]>;
  discussed: Map<string, ArticleSpan[]>;
  heldIn: Map<string, ArticleSpan[]>;
  candidates: MeetingCandidate[];
  /** True while every candidate is too thin to stand alone (one person, no date of its own). */
  weak: boolean;
}

const SOURCE_RANK: Record<DateSource, number> = {
  stated: 0,
  'visit-day': 1,
  'same-day': 2,
  context: 3,
  'article-date': 4,
  none: 5,
};
const KIND_RANK: Partial<Record<MeetingKind, number>> = { consultations: 4, talks: 3, reception: 2, meeting: 1 };
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function kindsCompatible(a: MeetingKind, b: MeetingKind): boolean {
  if (a === b) return true;
  if (KIND_RANK[a] !== undefined && KIND_RANK[b] !== undefined) return true;
  const calls = new Set<MeetingKind>(['phone_call', 'video_call']);
  return calls.has(a) && calls.has(b);
}

function isWeak(c: MeetingCandidate): boolean {
  if (c.kind === 'summit') return c.organizations.length === 0;
  if (c.kind === 'visit') {
    if (c.persons.length === 0 && c.organizations.length === 0) return true;
    return c.dateSource !== 'stated' && c.heldIn === undefined;
  }
  // One person and a state's delegation ("met the Austrian delegation") are two sides too.
  return c.persons.length + (c.organizations.length > 0 ? 1 : 0) < 2 && c.dateSource !== 'stated';
}

const weakDate = (source: DateSource) => SOURCE_RANK[source] >= SOURCE_RANK.context;

const spans = new Map<string, { first: string; last: string } | null>();
function cachedSpan(date: { start: string; end?: string }) {
  const key = `${date.start}|${date.end ?? ''}`;
  let span = spans.get(key);
  if (span === undefined) {
    span = spanOf(date.start, date.end);
    spans.set(key, span);
  }
  return span;
}

function overlaps(a: MergedMeeting['date'], b: MergedMeeting['date']): boolean {
  if (!a || !b) return false;
  const x = cachedSpan(a);
  const y = cachedSpan(b);
  return x !== null && y !== null && x.first <= y.last && y.first <= x.last;
}

function subsetEither(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((x) => large.has(x));
}

const MONTH_MS = 31 * 86_400_000;

function monthApart(m: MergedMeeting, c: MeetingCandidate): boolean {
  const [stated, other] = m.dateSource === 'stated' ? [m.date, c.date] : [c.date, m.date];
  if ((m.dateSource === 'stated') === (c.dateSource === 'stated') || !stated || !other) return false;
  const x = cachedSpan(stated);
  const y = cachedSpan(other);
  if (!x || !y) return false;
  return Date.parse(y.first) - Date.parse(x.last) > MONTH_MS || Date.parse(x.first) - Date.parse(y.last) > MONTH_MS;
}

function compatible(m: MergedMeeting, c: MeetingCandidate): boolean {
  if (!kindsCompatible(m.kind, c.kind)) return false;
  // Talks and the commission sitting the same two co-chaired that day are two events.
  if ((c.sitting === true) !== m.candidates.some((x) => x.sitting === true)) return false;
  const people = new Set(c.persons.map((p) => p.nodeId));
  const orgs = new Set(c.organizations.map((o) => o.nodeId));
  const known = new Set(m.persons.keys());
  const peopleMatch =
    people.size > 0 ? subsetEither(known, people) : subsetEither(new Set(m.organizations.keys()), orgs);
  if (!peopleMatch) return false;
  // Two named pairs (or groups) are the same meeting only when they are the same people.
  if (people.size >= 2 && known.size >= 2 && (people.size !== known.size || ![...people].every((p) => known.has(p)))) {
    return false;
  }
  if (c.kind === 'visit' && m.persons.keys().next().value !== c.persons[0]?.nodeId) return false;
  // Held is only a default where the date came from context; a planned meeting is not a held one.
  if (m.status !== c.status) {
    const held = m.status === 'held' ? m.dateSource : c.dateSource;
    if (!weakDate(held) || held === 'none') return false;
    if (m.status === 'held' && SOURCE_RANK[m.dateSource] < SOURCE_RANK['article-date'] && c.kind !== 'visit')
      return false;
  }
  const sameArticle = m.candidates.some((x) => x.article === c.article);
  if (!weakDate(m.dateSource) && !weakDate(c.dateSource)) return overlaps(m.date, c.date);
  // "They last met in October 2024": a meeting the text dates over a month from the one the article
  // reports is another meeting, though that one's date is only the article's own.
  if (sameArticle && monthApart(m, c)) return false;
  if (sameArticle) return true;
  if (!sameArticle && (isWeak(c) || m.weak)) return false;
  return overlaps(m.date, c.date);
}

function add(map: Map<string, ArticleSpan[]>, id: string, spans: ArticleSpan[]): void {
  const list = map.get(id) ?? [];
  for (const s of spans)
    if (!list.some((x) => x.article === s.article && x.start === s.start && x.end === s.end)) list.push(s);
  map.set(id, list);
}

function precision(date: MergedMeeting['date']): number {
  const parsed = date ? parseIsoDate(date.start) : null;
  return parsed ? PRECISION_RANK[parsed.precision] : 3;
}

/** Adds `c` to `m`: what mergeMeetings does once `c` has chosen `m`. */
export function joinMeeting(m: MergedMeeting, c: MeetingCandidate): void {
  const spans = (
    refs: { nodeId: string; evidence: { start: number; end: number }[] }[],
    map: Map<string, ArticleSpan[]>,
  ) =>
    refs.forEach((r) =>
      add(
        map,
        r.nodeId,
        r.evidence.map((e) => ({ article: c.article, ...e })),
      ),
    );
  spans(c.persons, m.persons);
  spans(c.organizations, m.organizations);
  spans(c.discussed, m.discussed);
  if (c.heldIn) spans([c.heldIn], m.heldIn);
  if ((KIND_RANK[c.kind] ?? 0) > (KIND_RANK[m.kind] ?? 0)) m.kind = c.kind;
  const better =
    SOURCE_RANK[c.dateSource] < SOURCE_RANK[m.dateSource] ||
    (SOURCE_RANK[c.dateSource] === SOURCE_RANK[m.dateSource] && precision(c.date) < precision(m.date));
  if (better) {
    m.dateSource = c.dateSource;
    m.status = c.status;
    if (c.date) m.date = c.date;
    else delete m.date;
    if (c.dateText) m.dateText = c.dateText;
    else delete m.dateText;
  }
  if (m.place === undefined && c.place !== undefined) m.place = c.place;
  m.candidates.push(c);
  m.weak = m.weak && isWeak(c);
}

/** A meeting of its own for `c`. */
export function startMeeting(c: MeetingCandidate): MergedMeeting {
  const m: MergedMeeting = {
    kind: c.kind,
    status: c.status,
    dateSource: 'none',
    persons: new Map(),
    organizations: new Map(),
    discussed: new Map(),
    heldIn: new Map(),
    candidates: [],
    weak: true,
  };
  joinMeeting(m, c);
  return m;
}

/** The months a date covers (at most three years' worth; a vaguer date is looked up by article only). */
function months(date: { start: string; end?: string } | undefined): string[] {
  if (!date) return [];
  const span = cachedSpan(date);
  if (!span) return [];
  const out: string[] = [];
  let year = Number(span.first.slice(0, 4));
  let month = Number(span.first.slice(5, 7));
  const last = span.last.slice(0, 7);
  for (let i = 0; i < 36; i += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** Whether a bucket is one of a month's (shared across articles), not one article's own. */
export const isMonthBucket = (bucket: string) => bucket.includes('|m:');

function buckets(participants: readonly string[], article: string, date: MergedMeeting['date']): string[] {
  const when = months(date);
  return participants.flatMap((p) => [`${p}|a:${article}`, ...when.map((m) => `${p}|m:${m}`)]);
}

export interface MergeResult {
  meetings: MergedMeeting[];
  /** Every meeting made, weak ones too, in the order made (the order `meetings` keeps). */
  all: MergedMeeting[];
  /** Which merged meeting each candidate went into. */
  owner: Map<MeetingCandidate, MergedMeeting>;
}

/** The buckets a candidate looks in for a meeting to join. */
export function lookupBuckets(c: MeetingCandidate): string[] {
  return buckets(
    [...c.persons, ...c.organizations].map((p) => p.nodeId),
    c.article,
    c.date,
  );
}

/** The buckets a meeting is filed under once it has taken candidate `c`. */
export function filingBuckets(target: MergedMeeting, c: MeetingCandidate): string[] {
  return buckets([...target.persons.keys(), ...target.organizations.keys()], c.article, target.date);
}

/**
 * The meeting of `pool` (in the order met) that `c` joins: the first compatible one sharing the
 * most participants with it, or undefined when it starts a meeting of its own.
 */
export function chooseMeeting(pool: Iterable<MergedMeeting>, c: MeetingCandidate): MergedMeeting | undefined {
  const keys = [...c.persons, ...c.organizations].map((p) => p.nodeId);
  let best: MergedMeeting | undefined;
  let bestShared = 0;
  for (const m of pool) {
    if (!compatible(m, c)) continue;
    const shared = keys.filter((k) => m.persons.has(k) || m.organizations.has(k)).length;
    if (shared > bestShared) {
      best = m;
      bestShared = shared;
    }
  }
  return best;
}

/** Whether a merged meeting is kept: not every candidate in it too thin to stand alone. */
export const isKept = (m: MergedMeeting) => !m.weak;

/**
 * Merges candidates given article by article (in id order), each article's in text order.
 * `onBucket`, when given, hears every bucket looked in or filed under, with the candidate that
 * did (build/merge-journal.ts keeps each month bucket's articles, so an ingest can find which
 * meetings of other articles a new article's meetings could meet).
 */
export function mergeMeetings(
  perArticle: readonly (readonly MeetingCandidate[])[],
  onBucket?: (bucket: string, c: MeetingCandidate) => void,
): MergeResult {
  const meetings: MergedMeeting[] = [];
  const owner = new Map<MeetingCandidate, MergedMeeting>();
  // Where to look for a match: a meeting can only merge with one that shares a participant and
  // either comes from the same article or has a date in one of the same months.
  const index = new Map<string, Set<MergedMeeting>>();
  for (const candidates of perArticle) {
    for (const c of candidates) {
      const pool = new Set<MergedMeeting>();
      for (const bucket of lookupBuckets(c)) {
        onBucket?.(bucket, c);
        for (const m of index.get(bucket) ?? []) pool.add(m);
      }
      const best = chooseMeeting(pool, c);
      const target = best ?? startMeeting(c);
      if (best) joinMeeting(best, c);
      else meetings.push(target);
      owner.set(c, target);
      for (const bucket of filingBuckets(target, c)) {
        onBucket?.(bucket, c);
        const set = index.get(bucket) ?? new Set<MergedMeeting>();
        set.add(target);
        index.set(bucket, set);
      }
    }
  }
  return { meetings: meetings.filter(isKept), all: meetings, owner };
}
