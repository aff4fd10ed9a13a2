/**
 * What the meeting merge did, kept so that an ingest can merge one new article's meetings into
 * the rest without merging 20,000 candidates again (ingest/merge-increment.ts):
 *   - which meeting each candidate went into, and each meeting's candidates in merge order;
 *   - each month bucket's articles (those whose candidates looked in it or filed a meeting under it);
 *   - each kept meeting's graph id;
 *   - where each article's candidates can be read back: its extraction-cache key.
 * A candidate is named by its article and its place in that article's list ("article#3"); a
 * meeting by its first candidate. Lists are stored as one space-separated string each, which is
 * what V8 reads back fastest (the state is read by every ingest), and split only where used.
 */
import type { MeetingCandidate } from '../meetings/types';
import { isMonthBucket, type MergeResult, type MergedMeeting } from '../meetings/merge-meetings';

export interface MergeJournal {
  /** Article id → the key of the meeting each of its candidates went into, in candidate order. */
  owners: Map<string, string>;
  /** Meeting key → its candidates' refs, in merge order. */
  refs: Map<string, string>;
  /** Month bucket → the articles that looked in it or filed under it, in id order. */
  touchers: Map<string, string>;
  /** Kept meeting key → its id in the graph. */
  ids: Map<string, string>;
  /** Article id → the extraction-cache key its candidates are stored under. */
  cacheKeys: Map<string, string>;
  /** Candidates of articles an ingest added since the build (not in the extraction cache), serialized. */
  added: Map<string, Uint8Array>;
}

export interface Position {
  article: string;
  index: number;
}

export const refOf = (article: string, index: number) => `${article}#${index}`;

export function parseRef(ref: string): Position {
  const hash = ref.lastIndexOf('#');
  return { article: ref.slice(0, hash), index: Number(ref.slice(hash + 1)) };
}

/** Merge order: by article id, then by place in the article. */
export function comparePositions(a: Position, b: Position): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.index - b.index;
}

export const splitList = (list: string | undefined): string[] => (list ? list.split(' ') : []);

/** Hears the merge's buckets (mergeMeetings' onBucket) and keeps each month bucket's articles. */
export function bucketRecorder(): {
  onBucket: (bucket: string, c: MeetingCandidate) => void;
  touchers: () => Map<string, string>;
} {
  const lists = new Map<string, string[]>();
  return {
    onBucket: (bucket, c) => {
      if (!isMonthBucket(bucket)) return;
      const list = lists.get(bucket);
      if (list === undefined) lists.set(bucket, [c.article]);
      else if (list[list.length - 1] !== c.article) list.push(c.article);
    },
    touchers: () => new Map([...lists].map(([bucket, list]) => [bucket, list.join(' ')])),
  };
}

/** The journal of a finished merge over `candidatesByArticle` (articles in id order). */
export function journalOf(
  articleIds: readonly string[],
  candidatesByArticle: ReadonlyMap<string, readonly MeetingCandidate[]>,
  merged: MergeResult,
  ids: ReadonlyMap<MergedMeeting, string>,
  touchers: Map<string, string>,
  cacheKeys: Map<string, string>,
): MergeJournal {
  const refs = new Map<MeetingCandidate, string>();
  for (const article of articleIds) {
    (candidatesByArticle.get(article) ?? []).forEach((c, i) => refs.set(c, refOf(article, i)));
  }
  const keyOf = (m: MergedMeeting) => refs.get(m.candidates[0]!)!;
  const owners = new Map<string, string>();
  for (const article of articleIds) {
    const candidates = candidatesByArticle.get(article) ?? [];
    if (candidates.length > 0) owners.set(article, candidates.map((c) => keyOf(merged.owner.get(c)!)).join(' '));
  }
  const meetingRefs = new Map<string, string>();
  const keptIds = new Map<string, string>();
  for (const m of merged.all) {
    const key = keyOf(m);
    meetingRefs.set(key, m.candidates.map((c) => refs.get(c)!).join(' '));
    const id = ids.get(m);
    if (id !== undefined) keptIds.set(key, id);
  }
  return { owners, refs: meetingRefs, touchers, ids: keptIds, cacheKeys, added: new Map() };
}
