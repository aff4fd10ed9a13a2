import { describe, expect, it } from 'vitest';
import { foldName, sameName } from './fold-name';

describe('foldName', () => {
  it('drops case and diacritics', () => {
    expect(foldName('Péter SZIJJÁRTÓ')).toBe('peter szijjarto');
  });

  it('makes Russian and Ukrainian spellings of one name meet', () => {
    expect(foldName('Олександр Міщенко')).toBe(foldName('Олександр Мищенко'));
    expect(foldName('Ёсида')).toBe(foldName('Есида'));
    expect(foldName("Прем'єр")).toBe('премер');
  });

  it('treats initials and hyphens as word breaks', () => {
    expect(foldName('М.Ю.Галузин')).toBe('м ю галузин');
    expect(foldName('Майнль-Райзингер')).toBe('маинл раизингер');
  });
});

describe('sameName', () => {
  it('accepts the same name in another word order', () => {
    expect(sameName('MIYAJI Takuma', 'Takuma Miyaji')).toBe(true);
  });

  it('accepts a transliteration variant of a full name', () => {
    expect(sameName('Jeyhun Bairamov', 'Jeyhun Bayramov')).toBe(true);
    expect(sameName('Volodymyr Zelenskyy', 'Volodymyr Zelensky')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(sameName('Ilham Aliyev', 'Elnur Mammadov')).toBe(false);
    expect(sameName('Andrii Sybiha', 'Andriy Yermak')).toBe(false);
  });

  it('never joins on a lone surname by distance', () => {
    expect(sameName('Aliyev', 'Aliyeva')).toBe(false);
  });
});
