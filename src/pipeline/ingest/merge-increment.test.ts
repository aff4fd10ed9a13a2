/**
 * The merge increment against the merge it stands for: on the candidates of a generated corpus,
 * each article in turn is left out of a full merge, whose journal the increment then extends by
 * that article. Wherever it does not decline, every meeting (weak ones too) must be the one the
 * full merge of all articles makes, with the same candidates in the same order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../articles/article-file';
import { toArticle } from '../articles/load-corpus';
import { copyCatalogue, extractArticle } from '../build/build-graph';
import { meetingIds } from '../build/meeting-nodes';
import { bucketRecorder, journalOf, refOf } from '../build/merge-journal';
import { loadCatalogue } from '../entities';
import { articleFileContent, generateCorpus } from '../gen/corpus';
import { mergeMeetings, type MergedMeeting } from '../meetings/merge-meetings';
import type { MeetingCandidate } from '../meetings/types';
import { mergeIncrement } from './merge-increment';

const byArticle = new Map<string, MeetingCandidate[]>();
let ids: string[] = [];

beforeAll(() => {
  const catalogue = copyCatalogue(loadCatalogue());
  const corpus = generateCorpus({ articles: 400, seed: 11 });
  const articles = corpus.articles
    .map((generated) => {
      const file = `${generated.id}.txt`;
      return toArticle(parseArticleFile(articleFileContent(generated), file), generated.id, file);
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const article of articles) byArticle.set(article.id, extractArticle(article, catalogue, false).candidates);
  ids = articles.map((a) => a.id);
}, 120_000);

/** A meeting as everything downstream reads it, and its candidates by ref. */
function describeMeeting(m: MergedMeeting, refs: ReadonlyMap<MeetingCandidate, string>): string {
  const { candidates, persons, organizations, discussed, heldIn, ...rest } = m;
  return JSON.stringify({
    ...rest,
    lists: [persons, organizations, discussed, heldIn].map((map) => [...map]),
    candidates: candidates.map((c) => refs.get(c)),
  });
}

/** The full merge of every article but one, and its journal. */
function mergedWithout(left: string) {
  const rest = ids.filter((id) => id !== left);
  const recorder = bucketRecorder();
  const old = mergeMeetings(
    rest.map((id) => byArticle.get(id)!),
    recorder.onBucket,
  );
  return { old, journal: journalOf(rest, byArticle, old, meetingIds(old.meetings), recorder.touchers(), new Map()) };
}

describe('mergeIncrement', () => {
  it('gives every meeting of the full merge wherever it does not decline, and merges later meetings again', () => {
    const refs = new Map<MeetingCandidate, string>();
    for (const id of ids) byArticle.get(id)!.forEach((c, i) => refs.set(c, refOf(id, i)));
    const keyOf = (m: MergedMeeting) => refs.get(m.candidates[0]!)!;
    const full = mergeMeetings(ids.map((id) => byArticle.get(id)!));
    const expected = new Map(full.all.map((m) => [keyOf(m), describeMeeting(m, refs)]));
    let taken = 0;
    let joined = 0;
    let remerged = 0;
    const declined: string[] = [];
    for (const left of ids) {
      const { old, journal } = mergedWithout(left);
      const increment = mergeIncrement({
        journal,
        load: (id) => byArticle.get(id),
        article: left,
        candidates: byArticle.get(left)!,
      });
      if (!increment.ok) {
        declined.push(increment.reason);
        continue;
      }
      taken += 1;
      if (increment.changed.size > 0) joined += 1;
      remerged += increment.remerged;
      const got = new Map(old.all.map((m) => [keyOf(m), describeMeeting(m, refs)]));
      for (const [key, { after }] of increment.changed) got.set(key, describeMeeting(after, refs));
      for (const [key, m] of increment.started) got.set(key, describeMeeting(m, refs));
      expect(got, left).toEqual(expected);
      expect(increment.owners, left).toEqual(byArticle.get(left)!.map((c) => keyOf(full.owner.get(c)!)));
    }
    // The case this is for happens, and so does the one it must refuse.
    expect(taken).toBeGreaterThan(ids.length * 0.6);
    expect(joined).toBeGreaterThan(10);
    expect(remerged).toBeGreaterThan(10);
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((reason) => /would merge differently with it$/.test(reason))).toBe(true);
  }, 120_000);

  it('declines, and only then, where it needs meetings it cannot read', () => {
    let refused = 0;
    for (const left of ids.slice(0, 80)) {
      const { journal } = mergedWithout(left);
      const increment = mergeIncrement({
        journal,
        load: () => undefined,
        article: left,
        candidates: byArticle.get(left)!,
      });
      if (increment.ok) {
        // Taken without reading anything: it met no other article's meeting.
        expect(increment.changed.size, left).toBe(0);
        expect(increment.remerged, left).toBe(0);
      } else {
        expect(increment.reason).toMatch(/kept by the last build cannot be read$/);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
