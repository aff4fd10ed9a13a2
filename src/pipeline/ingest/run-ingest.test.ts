/** A whole ingest run on a temporary data folder, with a stub build so the extraction is known. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../io/atomic-write';
import type { BuildGraphFromData } from './build-port';
import { snapshotDir } from './dir-snapshot';
import { formatReport } from './format-report';
import { runIngest, type IngestOutcome } from './run-ingest';
import { stubBuild } from './stub-build';

const STORED = `---
id: 2025-02-10-georgia-and-moldova-sign-a-transit-memorandum
url: https://news.example.ge/en/2025/02/10/transit
language: en
published: 2025-02-10
title: Georgia and Moldova sign a transit memorandum
outlet: news.example.ge
---
Georgia and Moldova signed a memorandum on transit through Black Sea ports on Monday.
`;

const NEW_ARTICLE = `---
url: https://mfa.example.ge/en/news/2025/03/12/carp
language: en
published: 2025-03-12
---
Beridze receives Carp in Tbilisi
TBILISI, March 12. Foreign Minister of Georgia Nino Beridze received Foreign Minister of Moldova Ion Carp on Wednesday.
The ministers discussed transit through the Black Sea ports.
Share: Facebook | X | Telegram
`;

let root: string;
let data: string;
let inputs: string;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'diplograph-ingest-'));
  data = join(root, 'data');
  inputs = join(root, 'inputs');
  mkdirSync(join(data, 'articles'), { recursive: true });
  mkdirSync(inputs);
  writeFileSync(join(data, 'articles', '2025-02-10-georgia-and-moldova-sign-a-transit-memorandum.txt'), STORED);
  writeFileAtomic(join(data, 'graph.json'), (await stubBuild(data)).json);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function input(name: string, content: string): string {
  const path = join(inputs, name);
  writeFileSync(path, content);
  return path;
}

function report(outcome: IngestOutcome) {
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.describe()).join('\n'));
  return outcome.report;
}

const NEW_ID = '2025-03-12-beridze-receives-carp-in-tbilisi';

describe('runIngest', () => {
  it('stores the article under a readable id, rebuilds the graph and reports what changed', async () => {
    const result = report(
      await runIngest({ files: [input('carp.txt', NEW_ARTICLE)], dataDir: data, dryRun: false }, stubBuild),
    );
    const stored = readFileSync(join(data, 'articles', `${NEW_ID}.txt`), 'utf8');
    expect(stored).toBe(
      `---\nid: ${NEW_ID}\nurl: https://mfa.example.ge/en/news/2025/03/12/carp\nlanguage: en\npublished: 2025-03-12\n` +
        `title: Beridze receives Carp in Tbilisi\noutlet: mfa.example.ge\n---\n${NEW_ARTICLE.split('---\n')[2]}`,
    );
    const graph = JSON.parse(readFileSync(join(data, 'graph.json'), 'utf8'));
    expect(graph.articles.map((a: { id: string }) => a.id)).toContain(NEW_ID);

    expect(result.added).toEqual([
      { file: join(inputs, 'carp.txt'), id: NEW_ID, title: 'Beridze receives Carp in Tbilisi' },
    ]);
    expect(result.linked.map((e) => e.id)).toEqual(['state:georgia', 'state:moldova']);
    expect(result.created.map((e) => [e.id, e.role, e.state])).toEqual([
      ['person:nino-beridze', 'Minister of Foreign Affairs', 'Georgia'],
      ['person:ion-carp', undefined, undefined],
    ]);
    expect(result.created[0]!.evidence.quote).toBe(
      'TBILISI, March 12. Foreign Minister of Georgia Nino Beridze received Foreign Minister of Moldova Ion Carp on Wednesday.',
    );
    expect(result.meetings).toEqual([
      expect.objectContaining({
        id: `meeting:${NEW_ID}`,
        kind: 'reception',
        date: { start: '2025-03-12' },
        participants: [
          { id: 'person:nino-beridze', label: 'Nino Beridze' },
          { id: 'person:ion-carp', label: 'Ion Carp' },
        ],
        isNew: true,
      }),
    ]);
    expect(result.unsure.map((d) => d.message)).toEqual(['no state is known for the new person Ion Carp.']);
    expect(result.counts).toEqual({ nodesBefore: 2, nodesAfter: 5, edgesBefore: 0, edgesAfter: 4 });

    const text = formatReport(result, data);
    expect(text).toContain(`Added 1 article:\n  ${NEW_ID}  “Beridze receives Carp in Tbilisi”`);
    expect(text).toContain('Meetings found (1):\n  reception, 2025-03-12, held: Nino Beridze, Ion Carp');
    expect(text).toContain('person       Nino Beridze — Minister of Foreign Affairs, Georgia');
  });

  it('changes nothing when the same article comes again, and says where it already is', async () => {
    const file = input('carp.txt', NEW_ARTICLE);
    await runIngest({ files: [file], dataDir: data, dryRun: false }, stubBuild);
    const before = snapshotDir(data);
    const again = report(await runIngest({ files: [file], dataDir: data, dryRun: false }, stubBuild));
    expect(snapshotDir(data)).toEqual(before);
    expect(again.added).toEqual([]);
    expect(again.alreadyThere).toEqual([{ file, existingId: NEW_ID, because: 'same url' }]);
    expect(formatReport(again, data)).toBe(`${file}: already there as ${NEW_ID} (same url), nothing changed.\n`);
  });

  it('repairs graph.json when an earlier run stored the article but was cut off before writing the graph', async () => {
    const file = input('carp.txt', NEW_ARTICLE);
    const graphBefore = readFileSync(join(data, 'graph.json'), 'utf8');
    await runIngest({ files: [file], dataDir: data, dryRun: false }, stubBuild);
    writeFileSync(join(data, 'graph.json'), graphBefore); // as if the run had died before its last write
    const again = report(await runIngest({ files: [file], dataDir: data, dryRun: false }, stubBuild));
    expect(again.repairedGraph).toBe(true);
    expect(
      JSON.parse(readFileSync(join(data, 'graph.json'), 'utf8')).articles.map((a: { id: string }) => a.id),
    ).toContain(NEW_ID);
    expect(formatReport(again, data)).toContain('did not include it yet');
  });

  it('--dry-run reports the same and changes nothing', async () => {
    const before = snapshotDir(data);
    const result = report(
      await runIngest({ files: [input('carp.txt', NEW_ARTICLE)], dataDir: data, dryRun: true }, stubBuild),
    );
    expect(snapshotDir(data)).toEqual(before);
    expect(result.dryRun).toBe(true);
    expect(result.meetings.map((m) => m.id)).toEqual([`meeting:${NEW_ID}`]);
    expect(formatReport(result, data)).toContain('Dry run: nothing was written.');
  });

  it('adds nothing at all when one input of several is bad, and names every bad file', async () => {
    const before = snapshotDir(data);
    const good = input('carp.txt', NEW_ARTICLE);
    const bad = input('bad-date.txt', NEW_ARTICLE.replace('published: 2025-03-12', 'published: 2025-13-45'));
    const outcome = await runIngest(
      { files: [good, bad, join(inputs, 'missing.txt')], dataDir: data, dryRun: false },
      stubBuild,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.describe())).toEqual([
      `${bad}, line 4: published date "2025-13-45" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD.`,
      `${join(inputs, 'missing.txt')}: there is no such file.`,
    ]);
    expect(snapshotDir(data)).toEqual(before);
  });

  it('takes back the stored article when the build fails, and leaves graph.json as it was', async () => {
    const before = snapshotDir(data);
    const failing: BuildGraphFromData = async () => {
      throw new Error('extractor crashed');
    };
    await expect(
      runIngest({ files: [input('carp.txt', NEW_ARTICLE)], dataDir: data, dryRun: false }, failing),
    ).rejects.toThrow('extractor crashed');
    expect(existsSync(join(data, 'articles', `${NEW_ID}.txt`))).toBe(false);
    expect(snapshotDir(data)).toEqual(before);
  });

  it('refuses a build that breaks the graph contract, and changes nothing', async () => {
    const before = snapshotDir(data);
    const broken: BuildGraphFromData = async (dir) => {
      const built = await stubBuild(dir);
      const graph = { ...built.graph, edges: [{ ...built.graph.edges[0]!, target: 'state:atlantis' }] };
      return { graph, json: JSON.stringify(graph) };
    };
    await expect(
      runIngest({ files: [input('carp.txt', NEW_ARTICLE)], dataDir: data, dryRun: false }, broken),
    ).rejects.toThrow(/breaks the contract/);
    expect(snapshotDir(data)).toEqual(before);
  });

  it('flags a meeting without a date as unsure', async () => {
    const undated = NEW_ARTICLE.replace('on Wednesday', 'one day').replace('/carp', '/carp-undated');
    const result = report(
      await runIngest({ files: [input('u.txt', undated)], dataDir: data, dryRun: true }, stubBuild),
    );
    expect(result.unsure.map((d) => d.message)).toContain(`the reception meeting:${NEW_ID} has no date in the text.`);
  });

  it('says plainly when the data folder is not one', async () => {
    const outcome = await runIngest(
      { files: [input('carp.txt', NEW_ARTICLE)], dataDir: inputs, dryRun: false },
      stubBuild,
    );
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.describe())).toEqual([
      `${inputs}: this is not a data folder: it has no articles/ folder inside.`,
    ]);
  });
});
