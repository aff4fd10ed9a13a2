/**
 * The meetings one ingested article changes, for the fast path (fast-ingest.ts): merged into the
 * rest by merge-increment.ts, given their ids as the full build would number them, with what
 * their nodes and edges need (the articles they quote, their parents' ids), and how the merge
 * journal changes. Declines (with the reason) wherever the full build would number or link
 * anything else differently.
 */
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../../shared/graph/schema';
import { corpusArticle } from '../articles/load-corpus';
import type { BuildState } from '../build/build-state';
import { ExtractionCache } from '../build/extraction-cache';
import { meetingBase } from '../build/meeting-nodes';
import { comparePositions, parseRef, refOf, splitList, type MergeJournal } from '../build/merge-journal';
import { isKept, type MergedMeeting } from '../meetings/merge-meetings';
import type { MeetingCandidate } from '../meetings/types';
import { mergeIncrement } from './merge-increment';

export interface NewMeetings {
  /** The kept meetings whose node or edges change, in merge order. */
  meetings: MergedMeeting[];
  ids: Map<MergedMeeting, string>;
  parentOf: (c: MeetingCandidate) => string | undefined;
  /** Every article the meetings quote. */
  articles: Map<string, Article>;
  /** Ids of meetings already in the graph that change and keep their id. */
  changedIds: Set<string>;
  /** Ids of meetings already in the graph whose new date or kind gives them a new id: the old id → the new. */
  renamed: Map<string, string>;
  /** Bases of the meetings new to the graph. */
  newBases: string[];
  /** Meetings of other articles its candidates joined, and later candidates merged again. */
  joined: number;
  remerged: number;
  /** Applies the change to the journal (once the graph is written). */
  updateJournal: () => void;
}

const byKey = (a: string, b: string) => comparePositions(parseRef(a), parseRef(b));

export function newMeetings(input: {
  dataDir: string;
  state: BuildState;
  article: Article;
  candidates: readonly MeetingCandidate[];
}): NewMeetings | string {
  const { state, article, candidates } = input;
  const journal: MergeJournal = state.parts.journal;
  let cache: ExtractionCache | undefined;
  const load = (id: string): readonly MeetingCandidate[] | undefined => {
    const added = journal.added.get(id);
    if (added !== undefined) return deserialize(added) as MeetingCandidate[];
    const key = journal.cacheKeys.get(id);
    if (key === undefined) return undefined;
    cache ??= ExtractionCache.load(input.dataDir);
    return cache.get(key)?.candidates;
  };
  const increment = mergeIncrement({ journal, load, article: article.id, candidates });
  if (!increment.ok) return increment.reason;

  // Ids: a meeting kept before keeps its id while its base stays, or takes its new base where it was
  // the only meeting of the old one; one kept now for the first time is numbered after the kept
  // meetings of its base (below). The journal has every kept meeting's id as numbered before curator
  // decisions, which may leave some out of the graph.
  let keysById: Map<string, string> | undefined;
  const keyById = (id: string) => (keysById ??= new Map([...journal.ids].map(([key, kept]) => [kept, key]))).get(id);
  const ids = new Map<MergedMeeting, string>();
  const keyOf = new Map<MergedMeeting, string>();
  const changedIds = new Set<string>();
  const renamedFrom = new Map<MergedMeeting, string>();
  const fresh: [string, MergedMeeting][] = [];
  for (const [key, { before, after }] of increment.changed) {
    keyOf.set(after, key);
    if (!isKept(after)) continue;
    if (!isKept(before)) {
      fresh.push([key, after]);
      continue;
    }
    const id = journal.ids.get(key);
    if (id === undefined) return 'the merge journal has no id for a meeting it changes';
    const base = meetingBase(before);
    if (meetingBase(after) !== base) {
      // Its old id goes, and no other meeting's number moves: it was the only meeting of its base.
      if (id !== base || keyById(`${base}-2`) !== undefined)
        return `it would renumber the meetings with the id ${base}`;
      renamedFrom.set(after, id);
      fresh.push([key, after]);
      continue;
    }
    ids.set(after, id);
    changedIds.add(id);
  }
  for (const [key, m] of increment.started) {
    keyOf.set(m, key);
    if (isKept(m)) fresh.push([key, m]);
  }
  // A base other meetings have already: the new one comes after them in merge order, so it takes
  // the next number and none of theirs moves; were it before one of them, they would be renumbered.
  fresh.sort((a, b) => byKey(a[0], b[0]));
  const counts = new Map<string, number>();
  const newBases: string[] = [];
  for (const [key, m] of fresh) {
    const base = meetingBase(m);
    let count = counts.get(base);
    if (count === undefined) {
      count = 0;
      if (state.parts.meetingBases.has(base)) {
        for (let n = 1; ; n += 1) {
          const id = n === 1 ? base : `${base}-${n}`;
          const other = keyById(id);
          if (other === undefined) break;
          if (byKey(other, key) > 0) return `it would renumber the meetings with the id ${base}`;
          count = n;
        }
        if (count === 0) return 'a meeting id it makes is taken';
      } else newBases.push(base);
    }
    count += 1;
    counts.set(base, count);
    ids.set(m, count === 1 ? base : `${base}-${count}`);
  }
  const meetings = [...ids.keys()].sort((a, b) => byKey(keyOf.get(a)!, keyOf.get(b)!));
  const renamed = new Map([...renamedFrom].map(([m, old]) => [old, ids.get(m)!]));

  // Parents: the meeting a candidate's sibling went into, by the new owners or the journal's.
  const keyed = new Map([...ids].map(([m, id]) => [keyOf.get(m)!, id]));
  const changing = new Set([...increment.changed.keys(), ...increment.started.keys()]);
  const ownersOf = (id: string) => (id === article.id ? increment.owners : splitList(journal.owners.get(id)));
  const ownerOf = (id: string, index: number) => ownersOf(id)[index];
  const idOfKey = (key: string | undefined) =>
    key === undefined ? undefined : (keyed.get(key) ?? (changing.has(key) ? undefined : journal.ids.get(key)));
  const parentOf = (c: MeetingCandidate) =>
    c.partOf === undefined ? undefined : idOfKey(ownerOf(c.article, c.partOf));

  // A meeting kept for the first time gives the meetings whose candidates are part of it an edge.
  for (const [key] of fresh) {
    for (const ref of splitList(journal.refs.get(key))) {
      const { article: id } = parseRef(ref);
      const owners = ownersOf(id);
      for (const [index, c] of (increment.loaded.get(id) ?? []).entries()) {
        if (c.partOf === undefined || owners[c.partOf] !== key) continue;
        const owner = owners[index];
        if (owner !== undefined && !changing.has(owner) && journal.ids.has(owner))
          return `a meeting of ${id} would become part of a meeting it completes`;
      }
    }
  }

  // The articles the meetings quote: the new one, and the others as the build read them.
  const articles = new Map<string, Article>([[article.id, article]]);
  for (const m of meetings) {
    for (const c of m.candidates) {
      if (articles.has(c.article)) continue;
      if (!state.files.has(`${c.article}.txt`)) return `the article ${c.article} is not where the build read it`;
      const { file: _file, ...read } = corpusArticle(join(input.dataDir, 'articles'), `${c.article}.txt`);
      articles.set(c.article, read);
    }
  }

  const updateJournal = () => {
    journal.owners.set(article.id, increment.owners.join(' '));
    const newRefs = increment.owners.map((_key, index) => refOf(article.id, index));
    for (const key of changing) {
      const own = newRefs.filter((_ref, index) => increment.owners[index] === key);
      journal.refs.set(key, [...splitList(journal.refs.get(key)), ...own].sort(byKey).join(' '));
    }
    for (const [bucket, articlesThere] of increment.touched) {
      const list = new Set([...splitList(journal.touchers.get(bucket)), ...articlesThere]);
      journal.touchers.set(bucket, [...list].sort().join(' '));
    }
    for (const [m, id] of ids) journal.ids.set(keyOf.get(m)!, id);
    journal.added.set(article.id, serialize(candidates));
  };
  return {
    meetings,
    ids,
    parentOf,
    articles,
    changedIds,
    renamed,
    newBases,
    joined: increment.changed.size,
    remerged: increment.remerged,
    updateJournal,
  };
}
