import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../articles/article-file';
import { normalizedUrl, planIngest, resolveTitle, type IncomingArticle } from './plan';

const article = (file: string, header: string[], text: string): IncomingArticle => ({
  file,
  parsed: parseArticleFile(['---', ...header, '---', text].join('\n'), file),
});

const stored = [
  {
    id: '2025-03-04-talks-in-tbilisi',
    url: 'https://news.example.ge/en/politics/talks?id=7',
    text: 'Foreign Minister of Georgia Nino Beridze received Ion Carp.',
  },
];

describe('planIngest', () => {
  it('adds a new article under date + romanized title, with the outlet taken from the url', () => {
    const { steps, errors } = planIngest(
      [
        article(
          'new.txt',
          ['url: https://www.mfa.example.ua/news/1', 'language: uk', 'published: 2025-01-15'],
          'Шмигаль зустрівся з Коштою\nПрем’єр-міністр України Денис Шмигаль провів зустріч.',
        ),
      ],
      stored,
    );
    expect(errors).toEqual([]);
    expect(steps).toHaveLength(1);
    const step = steps[0]!;
    expect(step.action).toBe('add');
    if (step.action !== 'add') return;
    expect(step.id).toBe('2025-01-15-shmyhal-zustrivsia-z-koshtoiu');
    expect(step.header).toEqual({
      id: '2025-01-15-shmyhal-zustrivsia-z-koshtoiu',
      url: 'https://www.mfa.example.ua/news/1',
      language: 'uk',
      published: '2025-01-15',
      title: 'Шмигаль зустрівся з Коштою',
      outlet: 'mfa.example.ua',
    });
    expect(
      step.content.endsWith('\n---\nШмигаль зустрівся з Коштою\nПрем’єр-міністр України Денис Шмигаль провів зустріч.'),
    ).toBe(true);
  });

  it('finds an article already there by url (ignoring scheme, www, fragment, utm) or by text (ignoring spacing and case)', () => {
    const { steps } = planIngest(
      [
        article(
          'same-url.txt',
          [
            'url: http://www.news.example.ge/en/politics/talks/?utm_source=x&id=7#top',
            'language: en',
            'published: 2025-03-04',
          ],
          'Other words.',
        ),
        article(
          'same-text.txt',
          ['language: en', 'published: 2025-03-04'],
          '  foreign minister of Georgia Nino Beridze\r\nreceived Ion Carp. ',
        ),
      ],
      stored,
    );
    expect(steps).toEqual([
      { action: 'already-there', file: 'same-url.txt', existingId: '2025-03-04-talks-in-tbilisi', because: 'same url' },
      {
        action: 'already-there',
        file: 'same-text.txt',
        existingId: '2025-03-04-talks-in-tbilisi',
        because: 'same text',
      },
    ]);
  });

  it('numbers clashing ids in input order, and sees a file repeated within one run', () => {
    const a = article('a.txt', ['language: en', 'published: 2025-03-04', 'title: Talks in Tbilisi'], 'First text.');
    const b = article('b.txt', ['language: en', 'published: 2025-03-04', 'title: Talks in Tbilisi'], 'Second text.');
    const again = article('a-again.txt', ['language: en', 'published: 2025-03-04'], 'First   text.');
    const { steps } = planIngest([a, b, again], stored);
    expect(steps.map((step) => (step.action === 'add' ? step.id : `${step.file} = ${step.existingId}`))).toEqual([
      '2025-03-04-talks-in-tbilisi-2',
      '2025-03-04-talks-in-tbilisi-3',
      'a-again.txt = 2025-03-04-talks-in-tbilisi-2',
    ]);
  });

  it('refuses a header id that another article already has', () => {
    const { steps, errors } = planIngest(
      [article('x.txt', ['id: 2025-03-04-talks-in-tbilisi', 'language: en', 'published: 2025'], 'Text.')],
      stored,
    );
    expect(steps).toEqual([]);
    expect(errors.map((e) => e.describe())).toEqual([
      'x.txt: its header id "2025-03-04-talks-in-tbilisi" is already used by another article: remove the id line.',
    ]);
  });
});

describe('resolveTitle', () => {
  it('skips page furniture to find the first line of the article', () => {
    const parsed = parseArticleFile(
      '---\nlanguage: uk\npublished: 2025\n---\n• A-\n  • Українською\n  • English\nМіністр провів зустріч у Баку\nТекст.',
    );
    expect(resolveTitle(parsed)).toBe('Міністр провів зустріч у Баку');
  });
});

describe('normalizedUrl', () => {
  it('keeps what tells pages apart', () => {
    expect(normalizedUrl('https://a.example/x?id=1')).not.toBe(normalizedUrl('https://a.example/x?id=2'));
    expect(normalizedUrl('https://A.example/x/')).toBe(normalizedUrl('http://www.a.example/x#y'));
  });
});
