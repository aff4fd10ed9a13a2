/**
 * The meeting merge with one more article, worked out from the merge journal of the last build
 * (build/merge-journal.ts) instead of merging every candidate again.
 *
 * mergeMeetings takes candidates in id order; each looks for a meeting in its buckets, joins the
 * best compatible one or starts its own, and files it under the meeting's buckets. A meeting's
 * state at any point is a function of the candidates it has taken so far, so the journal (which
 * meeting each candidate went into) lets any meeting be replayed as it stood at any point.
 *
 * With the new article's candidates inserted at its place:
 *   1. each of them is merged against the meetings its buckets held there, as replayed;
 *   2. the meetings they joined or started are the changed ones; every later candidate that could
 *      see a changed meeting (it looks in a bucket such a meeting was filed under, in the old run
 *      or the new; or it belongs to one) is merged again, in order, against the meetings as they
 *      stand in the new run;
 *   3. each must make the choice it made before. Then no other candidate can tell the two runs
 *      apart (nothing in its buckets changed), so every other meeting is as it was.
 * Where a later candidate would choose otherwise, the increment says so and the caller runs the
 * full build.
 */
import { comparePositions, parseRef, refOf, splitList, type MergeJournal, type Position } from '../build/merge-journal';
import {
  chooseMeeting,
  filingBuckets,
  isMonthBucket,
  joinMeeting,
  lookupBuckets,
  startMeeting,
  type MergedMeeting,
} from '../meetings/merge-meetings';
import type { MeetingCandidate } from '../meetings/types';

export interface IncrementInput {
  journal: MergeJournal;
  /** An earlier article's candidates, as the last build merged them; undefined when they cannot be read. */
  load: (article: string) => readonly MeetingCandidate[] | undefined;
  article: string;
  candidates: readonly MeetingCandidate[];
  /** Give up after merging this many later candidates again (the full build is then as quick). */
  limit?: number;
}

export type Increment =
  | {
      ok: true;
      /** Meetings of other articles the new one's candidates joined: as they were, and as they are now. */
      changed: Map<string, { before: MergedMeeting; after: MergedMeeting }>;
      /** Meetings the new candidates started, by key, in the order started. */
      started: Map<string, MergedMeeting>;
      /** The key of the meeting each new candidate went into. */
      owners: string[];
      /** Month buckets → the articles that looked in them or filed under them in the new run (to add to the journal). */
      touched: Map<string, Set<string>>;
      /** The candidates of every article read. */
      loaded: ReadonlyMap<string, readonly MeetingCandidate[]>;
      /** How many later candidates were merged again. */
      remerged: number;
    }
  | { ok: false; reason: string };

class Unreadable extends Error {}
class Differs extends Error {}

interface Filing {
  pos: Position;
  buckets: string[];
}

const articleOfBucket = (bucket: string) => bucket.slice(bucket.indexOf('|a:') + 3);

export function mergeIncrement(input: IncrementInput): Increment {
  const { journal, article: newArticle } = input;
  const limit = input.limit ?? 5000;
  const loaded = new Map<string, readonly MeetingCandidate[]>();
  const candidatesOf = (article: string): readonly MeetingCandidate[] => {
    if (article === newArticle) return input.candidates;
    let list = loaded.get(article);
    if (list === undefined) {
      list = input.load(article);
      if (list === undefined) throw new Unreadable(article);
      loaded.set(article, list);
    }
    return list;
  };
  const ownersCache = new Map<string, string[]>();
  const ownersOf = (article: string): string[] => {
    let list = ownersCache.get(article);
    if (list === undefined) {
      list = splitList(journal.owners.get(article));
      ownersCache.set(article, list);
    }
    return list;
  };
  const candidateAt = (pos: Position): MeetingCandidate => {
    const list = candidatesOf(pos.article);
    // The journal and the candidates read back must tell of the same candidates.
    if (pos.article !== newArticle && list.length !== ownersOf(pos.article).length) throw new Unreadable(pos.article);
    const c = list[pos.index];
    if (c === undefined) throw new Unreadable(pos.article);
    return c;
  };

  // The old run, meeting by meeting: its candidates in order, and where it was filed after each.
  const history = new Map<string, { pos: Position; c: MeetingCandidate }[]>();
  const historyOf = (key: string) => {
    let steps = history.get(key);
    if (steps === undefined) {
      steps = splitList(journal.refs.get(key)).map((ref) => {
        const pos = parseRef(ref);
        return { pos, c: candidateAt(pos) };
      });
      history.set(key, steps);
    }
    return steps;
  };
  /** A meeting of the old run as it stood just before `at` (after all its candidates when absent), hearing each step. */
  const replay = (
    key: string,
    at?: Position,
    onStep?: (m: MergedMeeting, c: MeetingCandidate, pos: Position) => void,
  ) => {
    let m: MergedMeeting | undefined;
    for (const { pos, c } of historyOf(key)) {
      if (at !== undefined && comparePositions(pos, at) >= 0) break;
      if (m === undefined) m = startMeeting(c);
      else joinMeeting(m, c);
      onStep?.(m, c, pos);
    }
    return m;
  };
  const oldFilings = new Map<string, { filings: Filing[]; final: MergedMeeting | undefined }>();
  const filingsOf = (key: string) => {
    let known = oldFilings.get(key);
    if (known === undefined) {
      const filings: Filing[] = [];
      const final = replay(key, undefined, (m, c, pos) => filings.push({ pos, buckets: filingBuckets(m, c) }));
      known = { filings, final };
      oldFilings.set(key, known);
    }
    return known;
  };

  // The new run's changed meetings (joined or started by a new candidate), and where they were filed.
  const now = new Map<string, MergedMeeting>();
  const nowFilings = new Map<string, Filing[]>();
  const changed = new Map<string, { before: MergedMeeting; after: MergedMeeting }>();
  const started = new Map<string, MergedMeeting>();
  const touched = new Map<string, Set<string>>();
  const touch = (bucket: string, article: string) => {
    if (!isMonthBucket(bucket)) return;
    const set = touched.get(bucket) ?? new Set<string>();
    set.add(article);
    touched.set(bucket, set);
  };

  const firstFiling = (filings: readonly Filing[], bucket: string, before: Position): Position | undefined => {
    for (const filing of filings) {
      if (comparePositions(filing.pos, before) >= 0) return undefined;
      if (filing.buckets.includes(bucket)) return filing.pos;
    }
    return undefined;
  };

  /** The meetings a candidate at `at` finds in its buckets in the new run, in the order mergeMeetings meets them. */
  const poolAt = (c: MeetingCandidate, at: Position): { key: string; meeting: MergedMeeting }[] => {
    const order: string[] = [];
    const seen = new Set<string>();
    for (const bucket of lookupBuckets(c)) {
      touch(bucket, at.article);
      const keys = new Set<string>(now.keys());
      if (isMonthBucket(bucket)) {
        for (const article of splitList(journal.touchers.get(bucket)))
          for (const key of ownersOf(article)) keys.add(key);
      } else {
        for (const key of ownersOf(articleOfBucket(bucket))) keys.add(key);
      }
      const members: { key: string; first: Position }[] = [];
      for (const key of keys) {
        const filings = now.has(key) ? nowFilings.get(key)! : filingsOf(key).filings;
        const first = firstFiling(filings, bucket, at);
        if (first !== undefined) members.push({ key, first });
      }
      members.sort((a, b) => comparePositions(a.first, b.first));
      for (const { key } of members) {
        if (seen.has(key)) continue;
        seen.add(key);
        order.push(key);
      }
    }
    return order.map((key) => ({ key, meeting: now.get(key) ?? replay(key, at)! }));
  };
  /** The pool entry mergeMeetings would have `c` join, or undefined when it starts its own meeting. */
  const choose = (pool: { key: string; meeting: MergedMeeting }[], c: MeetingCandidate) => {
    const best = chooseMeeting(
      pool.map((p) => p.meeting),
      c,
    );
    return best === undefined ? undefined : pool.find((p) => p.meeting === best);
  };

  // Later candidates to merge again: kept sorted, last first, so the next in merge order pops off the end.
  const pending: Position[] = [];
  const queued = new Set<string>();
  const after = (pos: Position, than: Position) => comparePositions(pos, than) > 0;
  const queue = (pos: Position) => {
    const ref = refOf(pos.article, pos.index);
    if (queued.has(ref)) return;
    queued.add(ref);
    let low = 0;
    let high = pending.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (comparePositions(pending[mid]!, pos) > 0) low = mid + 1;
      else high = mid;
    }
    pending.splice(low, 0, pos);
  };
  /** Queues the candidates of later articles that look in `bucket` after a meeting was filed there at `at`. */
  const queueLookers = (bucket: string, at: Position) => {
    const articles = isMonthBucket(bucket) ? splitList(journal.touchers.get(bucket)) : [articleOfBucket(bucket)];
    for (const article of articles) {
      if (article <= newArticle) continue;
      const count = ownersOf(article).length;
      for (let index = 0; index < count; index += 1) {
        const pos = { article, index };
        if (after(pos, at)) queue(pos);
      }
    }
  };
  const file = (key: string, m: MergedMeeting, c: MeetingCandidate, at: Position) => {
    const buckets = filingBuckets(m, c);
    nowFilings.get(key)!.push({ pos: at, buckets });
    for (const bucket of buckets) {
      touch(bucket, at.article);
      queueLookers(bucket, at);
    }
  };

  const owners: string[] = [];
  let remerged = 0;
  try {
    // 1. The new article's candidates.
    input.candidates.forEach((c, index) => {
      const at = { article: newArticle, index };
      const chosen = choose(poolAt(c, at), c);
      if (chosen === undefined) {
        const key = refOf(newArticle, index);
        const m = startMeeting(c);
        now.set(key, m);
        nowFilings.set(key, []);
        started.set(key, m);
        owners.push(key);
        file(key, m, c, at);
        return;
      }
      const { key, meeting: best } = chosen;
      if (!now.has(key)) {
        // A meeting of other articles: from here on it is the new run's, and whoever saw it later is merged again.
        now.set(key, best);
        const { filings, final } = filingsOf(key);
        nowFilings.set(
          key,
          filings.filter((f) => comparePositions(f.pos, at) < 0),
        );
        changed.set(key, { before: final!, after: best });
        for (const step of historyOf(key)) if (step.pos.article > newArticle) queue(step.pos);
        for (const filing of filings) for (const bucket of filing.buckets) queueLookers(bucket, filing.pos);
      }
      joinMeeting(best, c);
      owners.push(key);
      file(key, best, c, at);
    });

    // 2. and 3. Every later candidate that could see a changed meeting, in order, must choose as before.
    while (pending.length > 0) {
      const at = pending.pop()!;
      const ref = refOf(at.article, at.index);
      remerged += 1;
      if (remerged > limit)
        return { ok: false, reason: `over ${limit} meetings of later articles would be merged again` };
      const c = candidateAt(at);
      const bestKey = choose(poolAt(c, at), c)?.key;
      const before = ownersOf(at.article)[at.index];
      const startedBefore = before === ref;
      if (startedBefore ? bestKey !== undefined : bestKey !== before) throw new Differs(at.article);
      // Joining a meeting that did not change, or starting its own, it files as it did before.
      if (!startedBefore && now.has(before!)) {
        const m = now.get(before!)!;
        joinMeeting(m, c);
        file(before!, m, c, at);
      }
    }
  } catch (error) {
    if (error instanceof Unreadable)
      return { ok: false, reason: `the meetings of ${error.message} kept by the last build cannot be read` };
    if (error instanceof Differs)
      return { ok: false, reason: `a meeting of ${error.message} would merge differently with it` };
    throw error;
  }
  return { ok: true, changed, started, owners, touched, loaded, remerged };
}
