/** The build command on a scratch data folder: --data, --check, a stale file, a bad review. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../io/user-error';
import { parseArgs, runBuild } from './build-data';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-build-'));
  cpSync('data/articles', join(dir, 'articles'), { recursive: true });
  cpSync('data/curated', join(dir, 'curated'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build-data', () => {
  it('reads its options', () => {
    expect(parseArgs([])).toEqual({ dataDir: 'data', check: false });
    expect(parseArgs(['--data', 'x', '--check'])).toEqual({ dataDir: 'x', check: true });
    expect(() => parseArgs(['--data'])).toThrow(UserError);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option "--fast"/);
  });

  it('builds DIR/graph.json, then --check passes, and fails with one sentence once the file is stale', () => {
    const built = runBuild({ dataDir: dir, check: false });
    expect(built.code).toBe(0);
    expect(built.out[0]).toMatch(/^Built .*graph\.json: 5 articles, \d+ nodes \(\d+ meetings\), \d+ edges/);
    expect(runBuild({ dataDir: dir, check: true }).code).toBe(0);

    const file = join(dir, 'graph.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"held"', '"planned"'));
    const check = runBuild({ dataDir: dir, check: true });
    expect(check.code).toBe(1);
    expect(check.err).toEqual([`${file} is stale: run npm run build:data`]);
  }, 60_000);

  it('keeps a review across rebuilds, and reports one whose target is gone', () => {
    mkdirSync(join(dir, 'reviews'), { recursive: true });
    writeFileSync(
      join(dir, 'reviews', 'decisions.yaml'),
      [
        '- target: person:samir-sharifov',
        '  action: accept',
        '  reason: Checked against both articles.',
        '- target: meeting:1999-01-01-meeting-nobody',
        '  action: reject',
        '  reason: An old mistake.',
        '',
      ].join('\n'),
    );
    for (let round = 0; round < 2; round += 1) {
      const result = runBuild({ dataDir: dir, check: false });
      expect(result.err).toEqual([
        `${join(dir, 'reviews', 'decisions.yaml')}, line 4: reject meeting:1999-01-01-meeting-nobody: "meeting:1999-01-01-meeting-nobody" is not in the built graph, so this reject did not apply.`,
      ]);
      const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
      const sharifov = graph.nodes.find((n: { id: string }) => n.id === 'person:samir-sharifov');
      expect(sharifov.review).toEqual({ state: 'accepted', reason: 'Checked against both articles.' });
    }
  }, 60_000);

  it('stops with a user error naming the file and line of a bad review, writing nothing', () => {
    const file = join(dir, 'graph.json');
    const before = readFileSync(file, 'utf8');
    writeFileSync(join(dir, 'reviews', 'bad.yaml'), '- target: person:x\n  action: approve\n  reason: r\n');
    expect(() => runBuild({ dataDir: dir, check: false })).toThrow(UserError);
    try {
      runBuild({ dataDir: dir, check: false });
    } catch (error) {
      expect((error as UserError).describe()).toMatch(/bad\.yaml, line 1: decision 1: its "action" /);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    rmSync(join(dir, 'reviews', 'bad.yaml'));
    expect(existsSync(join(dir, 'reviews', 'bad.yaml'))).toBe(false);
  }, 60_000);
});
