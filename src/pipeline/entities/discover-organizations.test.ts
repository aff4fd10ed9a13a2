import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import { loadCatalogue } from './load-catalogue';
import { testArticle } from './test-article';

describe('discovering new organizations', () => {
  it('reads a full name with its acronym in brackets, and links the acronym later', () => {
    const catalogue = loadCatalogue('data/curated');
    const text = 'The State Oil Fund of Azerbaijan (SOFAZ) reported record income. SOFAZ will invest abroad.';
    const result = extractEntities(testArticle(text, 'en'), catalogue);
    expect(result.discovered.map((entity) => entity.id)).toEqual(['organization:sofaz']);
    expect(result.discovered[0]!.introducedBy?.text).toBe('State Oil Fund of Azerbaijan (SOFAZ)');
    const mentions = result.mentions.filter((mention) => mention.nodeId === 'organization:sofaz').map((m) => m.text);
    expect(mentions).toEqual(['State Oil Fund of Azerbaijan', 'SOFAZ', 'SOFAZ']);
  });

  it('reads a quoted name after a word for a company', () => {
    const result = extractEntities(
      testArticle('Госнефтекомпания подписала соглашение с компанией «Лукойл» о поставках.', 'ru'),
      loadCatalogue('data/curated'),
    );
    expect(result.discovered).toMatchObject([{ id: 'organization:lukoil', label: { en: 'Lukoil', ru: 'Лукойл' } }]);
  });

  it('ignores brackets whose letters do not follow the name, and known acronyms', () => {
    const result = extractEntities(
      testArticle('Рост экономики (ВВП) составил 4%. Встреча глав государств СНГ (СНГ) прошла в Душанбе.', 'ru'),
      loadCatalogue('data/curated'),
    );
    expect(result.discovered).toEqual([]);
  });
});
