/** Each kind of bad article file gets one plain sentence naming the file and, where there is one, the line. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../io/user-error';
import { MAX_ARTICLE_BYTES, readArticleFile } from './read-article-file';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'diplograph-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function messageFor(path: string): string {
  try {
    readArticleFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).describe();
  }
  throw new Error(`${path} was read without complaint`);
}

describe('readArticleFile on bad files', () => {
  it.each([
    ['empty.invalid.txt', ': the file is empty.'],
    ['no-header.invalid.txt', ', line 1: the file has no header: its first line must be "---"'],
    [
      'unclosed-header.invalid.txt',
      ', line 1: the header that opens on line 1 is never closed: add a line "---" before line 5, where the article text starts.',
    ],
    [
      'impossible-date.invalid.txt',
      ', line 4: published date "2025-13-45" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD.',
    ],
    ['unknown-language.invalid.txt', ', line 3: language "de" is not supported (use ru, uk, en).'],
    ['binary-junk.invalid.bin', ', line 3: this is not a text file (it contains binary data).'],
    ['not-utf8.invalid.txt', ', line 6: the file is not UTF-8 text (save it as UTF-8 and try again).'],
    ['header-without-body.invalid.txt', ', line 6: the file has a header but no article text after it.'],
  ])('%s', (name, expected) => {
    const path = join(FIXTURES, name);
    const message = messageFor(path);
    expect(message.startsWith(path + expected)).toBe(true);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('a file that does not exist', () => {
    const path = join(scratch, 'missing.txt');
    expect(messageFor(path)).toBe(`${path}: there is no such file.`);
  });

  it('a folder', () => {
    expect(messageFor(scratch)).toBe(`${scratch}: this is a folder, not an article file.`);
  });

  it('a file over the 5 MB limit, refused before it is read', () => {
    const path = join(scratch, 'huge.txt');
    const line = 'Министр иностранных дел принял посла. '.repeat(20) + '\n';
    writeFileSync(
      path,
      '---\nlanguage: ru\npublished: 2025\n---\n' + line.repeat(Math.ceil(MAX_ARTICLE_BYTES / line.length) + 1),
    );
    expect(messageFor(path)).toMatch(/: the file is \d+\.\d MB; an article file may be at most 5 MB\.$/);
  });
});

describe('readArticleFile on good files', () => {
  it('reads a UTF-8 file with a byte-order mark and Windows line endings', () => {
    const path = join(scratch, 'bom.txt');
    writeFileSync(
      path,
      '\uFEFF---\r\nlanguage: en\r\npublished: 2025-03-04\r\n---\r\nThe minister received the envoy.\r\n',
    );
    const parsed = readArticleFile(path);
    expect(parsed.header).toEqual({ url: null, language: 'en', published: '2025-03-04' });
    expect(parsed.text).toBe('The minister received the envoy.\r\n');
  });
});
