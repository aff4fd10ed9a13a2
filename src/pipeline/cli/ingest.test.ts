/**
 * The ingest and review commands as a user runs them: a child process (tsx) on a temporary copy
 * of data/, checking exit codes, messages, and that refused runs leave data/ byte-for-byte as it was.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDir } from '../ingest/dir-snapshot';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const BAD = join(ROOT, 'src/pipeline/articles/fixtures');
const GOOD = join(ROOT, 'src/pipeline/ingest/fixtures');

let scratch: string;
let data: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'diplograph-cli-'));
  data = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(script: 'ingest' | 'review', args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [join(ROOT, `src/pipeline/cli/${script}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DIPLOGRAPH_DEBUG: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Refused runs write nothing, so they may run side by side.
describe.concurrent('npm run ingest refuses bad input and changes nothing', () => {
  it.each([
    ['empty.invalid.txt', 'the file is empty.'],
    ['no-header.invalid.txt', 'line 1: the file has no header'],
    ['unclosed-header.invalid.txt', 'line 1: the header that opens on line 1 is never closed'],
    ['impossible-date.invalid.txt', 'line 4: published date "2025-13-45" is not a real date'],
    ['unknown-language.invalid.txt', 'line 3: language "de" is not supported (use ru, uk, en).'],
    ['binary-junk.invalid.bin', 'line 3: this is not a text file (it contains binary data).'],
    ['not-utf8.invalid.txt', 'line 6: the file is not UTF-8 text'],
    ['header-without-body.invalid.txt', 'line 6: the file has a header but no article text after it.'],
    ['missing.txt', 'there is no such file.'],
  ])(
    '%s',
    async (name, message) => {
      const before = snapshotDir(data);
      const result = await run('ingest', ['--data', data, join(BAD, name)]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).toHaveLength(2);
      expect(lines[0]).toContain(join(BAD, name));
      expect(lines[0]).toContain(message);
      expect(lines[1]).toBe('Nothing was changed: fix the file above and run again.');
      expect(result.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
      expect(snapshotDir(data)).toEqual(before);
    },
    30_000,
  );

  it('a huge file', async () => {
    const huge = join(scratch, 'huge.txt');
    writeFileSync(huge, `---\nlanguage: en\npublished: 2025\n---\n${'The minister met the envoy. '.repeat(200_000)}`);
    const before = snapshotDir(data);
    const result = await run('ingest', ['--data', data, huge]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${huge}: the file is 5.3 MB; an article file may be at most 5 MB.`);
    expect(snapshotDir(data)).toEqual(before);
  }, 30_000);

  it('a good file next to bad ones is not added either, and every bad file is named', async () => {
    const before = snapshotDir(data);
    const files = [
      join(GOOD, 'en-georgia-moldova-reception.valid.txt'),
      join(BAD, 'empty.invalid.txt'),
      join(BAD, 'unknown-language.invalid.txt'),
    ];
    const result = await run('ingest', ['--data', data, ...files]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${files[1]}: the file is empty.`,
      `${files[2]}, line 3: language "de" is not supported (use ru, uk, en).`,
      'Nothing was changed: fix the 2 files above and run again.',
    ]);
    expect(snapshotDir(data)).toEqual(before);
  }, 30_000);

  it('an unknown option or no file at all', async () => {
    const before = snapshotDir(data);
    const unknown = await run('ingest', [
      '--data',
      data,
      '--force',
      join(GOOD, 'en-georgia-moldova-reception.valid.txt'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Unknown option '--force'\. .*Run with --help for the usage\.\n$/);
    const none = await run('ingest', ['--data', data]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('give at least one article file to add. Run with --help for the usage.\n');
    expect(snapshotDir(data)).toEqual(before);
  }, 30_000);
});

describe('npm run ingest on good files', () => {
  const file = () => join(GOOD, 'en-georgia-moldova-reception.valid.txt');

  it('--dry-run prints the report and changes nothing', async () => {
    const before = snapshotDir(data);
    const result = await run('ingest', ['--data', data, '--dry-run', '--json', file()]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.dryRun).toBe(true);
    expect(report.added).toEqual([
      { file: file(), id: '2025-03-12-beridze-receives-carp-in-tbilisi', title: 'Beridze receives Carp in Tbilisi' },
    ]);
    expect(snapshotDir(data)).toEqual(before);
  }, 60_000);

  it('adds the article, writes a graph that check:data accepts, and a second run changes nothing', async () => {
    const first = await run('ingest', ['--data', data, file()]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Added 1 article:\n {2}2025-03-12-beridze-receives-carp-in-tbilisi/);
    expect(first.stdout).toContain('Meetings found (');
    const graph = JSON.parse(readFileSync(join(data, 'graph.json'), 'utf8'));
    expect(graph.articles.map((a: { id: string }) => a.id)).toContain('2025-03-12-beridze-receives-carp-in-tbilisi');

    const check = await promisify(execFile)(
      TSX,
      [join(ROOT, 'src/pipeline/cli/build-data.ts'), '--check', '--data', data],
      {
        cwd: ROOT,
      },
    );
    expect(check.stdout).toContain('is up to date');

    const before = snapshotDir(data);
    const second = await run('ingest', ['--data', data, file()]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      `${file()}: already there as 2025-03-12-beridze-receives-carp-in-tbilisi (same url), nothing changed.\n`,
    );
    expect(snapshotDir(data)).toEqual(before);
  }, 90_000);
});

describe('npm run review', () => {
  it('refuses an unknown id plainly and changes nothing', async () => {
    const before = snapshotDir(data);
    const result = await run('review', ['accept', 'person:nobody-at-all', '--reason', 'x', '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '"person:nobody-at-all" is not a node or edge of the graph (or it was rejected already).\n',
    );
    expect(snapshotDir(data)).toEqual(before);
  }, 60_000);
});
