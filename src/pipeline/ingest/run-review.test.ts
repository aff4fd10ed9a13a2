/** The review command on a temporary data folder, with the stub build (which honours review files). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../io/atomic-write';
import { UserError } from '../io/user-error';
import { snapshotDir } from './dir-snapshot';
import { runReview } from './run-review';
import { stubBuild } from './stub-build';

const ARTICLE = `---
id: 2025-03-12-beridze-receives-carp
url: null
language: en
published: 2025-03-12
title: Beridze receives Carp
outlet: null
---
Foreign Minister of Georgia Nino Beridze received Foreign Minister of Moldova Ion Carp on Wednesday.
`;
const MEETING = 'meeting:2025-03-12-beridze-receives-carp';

let data: string;
beforeEach(async () => {
  data = mkdtempSync(join(tmpdir(), 'diplograph-review-'));
  mkdirSync(join(data, 'articles'));
  writeFileSync(join(data, 'articles', '2025-03-12-beridze-receives-carp.txt'), ARTICLE);
  writeFileAtomic(join(data, 'graph.json'), (await stubBuild(data)).json);
});
afterEach(() => rmSync(data, { recursive: true, force: true }));

const request = { reason: 'Checked against the release.', sets: [], today: '2025-04-01' };
const graph = () => JSON.parse(readFileSync(join(data, 'graph.json'), 'utf8'));

describe('runReview', () => {
  it('writes the decision to this month’s review file and rebuilds the graph with it', async () => {
    const outcome = await runReview({ ...request, action: 'accept', target: MEETING }, data, stubBuild);
    expect(outcome.file).toBe(join(data, 'reviews', '2025-04.yaml'));
    expect(readFileSync(outcome.file!, 'utf8')).toBe(
      `- target: ${MEETING}\n  action: accept\n  reason: Checked against the release.\n  date: 2025-04-01\n`,
    );
    const meeting = graph().nodes.find((n: { id: string }) => n.id === MEETING);
    expect(meeting.review).toEqual({ state: 'accepted', reason: 'Checked against the release.' });

    await runReview(
      { ...request, action: 'reject', target: 'person:ion-carp', reason: 'Not a participant.' },
      data,
      stubBuild,
    );
    expect(readFileSync(outcome.file!, 'utf8')).toMatch(
      /date: 2025-04-01\n- target: person:ion-carp\n {2}action: reject\n/,
    );
    expect(graph().nodes.map((n: { id: string }) => n.id)).not.toContain('person:ion-carp');
  });

  it('changes nothing when the same decision is made twice', async () => {
    await runReview({ ...request, action: 'accept', target: MEETING }, data, stubBuild);
    const before = snapshotDir(data);
    const again = await runReview({ ...request, action: 'accept', target: MEETING, reason: 'Again.' }, data, stubBuild);
    expect(again.file).toBeUndefined();
    expect(snapshotDir(data)).toEqual(before);
  });

  it('changes nothing for an unknown id, and suggests the near ones', async () => {
    const before = snapshotDir(data);
    await expect(runReview({ ...request, action: 'accept', target: 'person:carp' }, data, stubBuild)).rejects.toThrow(
      '"person:carp" is not a node or edge of the graph (or it was rejected already). Did you mean person:ion-carp',
    );
    expect(snapshotDir(data)).toEqual(before);
  });

  it('takes the review file back when the rebuild refuses the correction', async () => {
    await runReview({ ...request, action: 'accept', target: MEETING }, data, stubBuild);
    const before = snapshotDir(data);
    const wrong = runReview(
      { ...request, action: 'correct', target: MEETING, sets: ['source=person:x'] },
      data,
      stubBuild,
    );
    await expect(wrong).rejects.toThrow(UserError);
    await expect(
      runReview({ ...request, action: 'correct', target: MEETING, sets: ['source=person:x'] }, data, stubBuild),
    ).rejects.toThrow(/tries to change "source", which a correction cannot change; nothing was changed\.$/);
    expect(snapshotDir(data)).toEqual(before);
  });
});
