import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../shared/graph/schema';
import { MAX_SLUG_LENGTH, articleId, titleSlug } from './article-id';

describe('titleSlug', () => {
  it('romanizes Russian, Ukrainian (national system) and English titles', () => {
    expect(titleSlug('Лавров провел переговоры с Мирзояном', 'ru')).toBe('lavrov-provel-peregovory-s-mirzoyanom');
    expect(titleSlug('Шмигаль зустрівся з Коштою у Києві', 'uk')).toBe('shmyhal-zustrivsia-z-koshtoiu-u-kyievi');
    expect(titleSlug('Beridze receives Carp in Tbilisi — talks #2', 'en')).toBe(
      'beridze-receives-carp-in-tbilisi-talks-2',
    );
  });

  it('cuts long titles at a word boundary', () => {
    const slug = titleSlug(
      'Министр иностранных дел Азербайджанской Республики принял делегацию парламента Грузии во главе с председателем',
      'ru',
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('ministr-inostrannyh-del-azerbaydzhanskoy-respubliki-prinyal');
  });
});

describe('articleId', () => {
  it('joins the date and the slug, and numbers clashes in order', () => {
    const taken = new Set(['2025-03-04-talks-in-baku', '2025-03-04-talks-in-baku-2']);
    expect(articleId('2025-03-04', 'Talks in Baku', 'en', new Set())).toBe('2025-03-04-talks-in-baku');
    expect(articleId('2025-03-04', 'Talks in Baku', 'en', taken)).toBe('2025-03-04-talks-in-baku-3');
    expect(articleId('2025-03', '«»', 'ru', new Set())).toBe('2025-03-article');
  });

  it('always gives an id the graph schema accepts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom('ru', 'uk', 'en') as fc.Arbitrary<'ru' | 'uk' | 'en'>,
        (title, language) => {
          const id = articleId('2025-03-04', title, language, new Set());
          expect(ArticleSchema.shape.id.safeParse(id).success).toBe(true);
        },
      ),
    );
  });
});
