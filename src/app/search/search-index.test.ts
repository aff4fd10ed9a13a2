import { describe, expect, it } from 'vitest';
import { seedLikeIndex } from '../graph-data/fixtures/load-fixture';
import { foldText, searchForms } from './normalize';
import { buildNodeSearch } from './search-index';

describe('searchForms', () => {
  it('meets Russian, Ukrainian and Latin spellings in one form', () => {
    expect(searchForms('Шарифов')).toContain('sharifov');
    expect(searchForms('Шаріфов')).toContain('sharifov');
    expect(foldText('Ёлкин Алі́')).toBe('елкин алі');
  });
});

describe('buildNodeSearch', () => {
  const search = buildNodeSearch(seedLikeIndex().graph.nodes);

  it.each(['Sharifov', 'Шарифов', 'Шаріфов', 'sharif', 'Самиром Шарифовым', 'sharifow'])(
    'finds Samir Sharifov first for “%s”',
    (query) => {
      expect(search.search(query)[0]?.id).toBe('person:samir-sharifov');
    },
  );

  it('finds a name known only in Cyrillic from Latin letters', () => {
    expect(search.search('Khrenin')[0]?.id).toBe('person:viktor-khrenin');
    expect(search.search('Bektenov')[0]?.id).toBe('person:olzhas-bektenov');
  });

  it('needs every word to match, and ignores empty queries', () => {
    expect(search.search('samir lukashenko')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });
});
