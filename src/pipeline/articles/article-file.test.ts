import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../io/user-error';
import { SUPPORTED_LANGUAGES, parseArticleFile, serializeArticleFile, type ArticleHeader } from './article-file';

const describeError = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.describe();
    throw error;
  }
  throw new Error('expected a UserError');
};

describe('parseArticleFile', () => {
  it('reads the header fields and keeps the text verbatim, with the line it starts on', () => {
    const parsed = parseArticleFile(
      [
        '---',
        'url: https://example.org/news/7#top',
        'language: uk          # ru, uk or en',
        'published: 2025-03   # month only',
        'title: Зустріч #2 у Києві',
        'outlet: null',
        '---',
        'Міністр закордонних справ України провів зустріч.  ',
        '',
      ].join('\n'),
      'a.txt',
    );
    expect(parsed.header).toEqual({
      url: 'https://example.org/news/7#top',
      language: 'uk',
      published: '2025-03',
      title: 'Зустріч #2 у Києві',
      outlet: null,
    });
    expect(parsed.text).toBe('Міністр закордонних справ України провів зустріч.  \n');
    expect(parsed.textLine).toBe(8);
  });

  it('drops a template comment from a title when two spaces come before the "#"', () => {
    const parsed = parseArticleFile(
      '---\nlanguage: en\npublished: 2025\ntitle: Talks in Baku    # optional\n---\nText.',
    );
    expect(parsed.header.title).toBe('Talks in Baku');
  });

  it('names the file and line of each kind of bad header', () => {
    const header = (lines: string[]) => ['---', ...lines, '---', 'Text of the article.'].join('\n');
    expect(describeError(() => parseArticleFile(header(['language: en']), 'x.txt'))).toBe(
      'x.txt, line 3: the header has no "published".',
    );
    expect(describeError(() => parseArticleFile(header(['language: EN', 'published: 2025']), 'x.txt'))).toBe(
      'x.txt, line 2: language "EN" is not supported (use ru, uk, en).',
    );
    expect(describeError(() => parseArticleFile(header(['language: en', 'published: 2025-02-29']), 'x.txt'))).toBe(
      'x.txt, line 3: published date "2025-02-29" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD.',
    );
    expect(
      describeError(() => parseArticleFile(header(['url: ftp://x.org/a', 'language: en', 'published: 2025']), 'x.txt')),
    ).toBe('x.txt, line 2: url "ftp://x.org/a" is not an http(s) address.');
    expect(describeError(() => parseArticleFile(header(['author: Me']), 'x.txt'))).toMatch(
      /^x\.txt, line 2: unknown header field "author"/,
    );
    expect(describeError(() => parseArticleFile(header(['language: en', 'language: ru']), 'x.txt'))).toBe(
      'x.txt, line 3: header field "language" is given twice.',
    );
  });

  it('never throws anything but UserError, whatever the text', () => {
    const headerish = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('---', 'language: ru', 'language: xx', 'published: 2025-13-45', 'published: 2024', 'url: null'),
        fc.constantFrom(
          'url: https://a.b/c',
          'url: http://[',
          'title: "a\\q"',
          'title: "null"',
          'id: Bad Id',
          '\u0000',
        ),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          headerish.map((lines) => lines.join('\n')),
        ),
        (text) => {
          try {
            const parsed = parseArticleFile(text, 'random.txt');
            expect(parsed.text.trim()).not.toBe('');
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
            expect((error as UserError).describe()).toMatch(/^random\.txt/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('serializeArticleFile', () => {
  /** Any Unicode but NUL (which marks a binary file). */
  const unicode = (max: number) =>
    fc.string({ unit: 'binary', minLength: 1, maxLength: max }).filter((s) => s.trim() !== '' && !s.includes('\u0000'));
  const oneLine = unicode(60);
  const date = fc.oneof(
    fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const header: fc.Arbitrary<ArticleHeader> = fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
      url: fc.oneof(fc.constant(null), fc.webUrl({ withFragments: true, withQueryParameters: true })),
      language: fc.constantFrom(...SUPPORTED_LANGUAGES),
      published: date,
      publishedNote: oneLine,
      title: fc.oneof(
        oneLine,
        fc.constantFrom('Meeting #2', 'Talks  # 3', '"Quoted" title', '"null"', 'null', ' padded '),
      ),
      outlet: fc.oneof(fc.constant(null), oneLine),
    },
    { requiredKeys: ['url', 'language', 'published'] },
  );

  it('gives back any valid header and any text through parseArticleFile', () => {
    const text = unicode(400);
    fc.assert(
      fc.property(header, text, (h, t) => {
        const parsed = parseArticleFile(serializeArticleFile({ header: h, text: t }));
        expect(parsed.header).toEqual(h);
        expect(parsed.text).toBe(t);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes titles with " #" so they survive, and plain titles plainly', () => {
    const base = { url: null, language: 'en' as const, published: '2025' };
    expect(serializeArticleFile({ header: { ...base, title: 'Meeting #2' }, text: 'x' })).toContain(
      'title: Meeting #2\n',
    );
    expect(serializeArticleFile({ header: { ...base, title: 'Talks  # 3' }, text: 'x' })).toContain(
      'title: "Talks  # 3"\n',
    );
  });
});
