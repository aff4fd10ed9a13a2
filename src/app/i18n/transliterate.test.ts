import { describe, expect, it } from 'vitest';
import { hasCyrillic, toLatin } from './transliterate';

describe('toLatin', () => {
  it('spells Russian and Ukrainian names in Latin letters', () => {
    expect(toLatin('Шарифов', 'ru')).toBe('Sharifov');
    expect(toLatin('Шаріфов', 'uk')).toBe('Sharifov');
    expect(toLatin('Виктор Хренин', 'ru')).toBe('Viktor Khrenin');
  });
  it('leaves Latin text alone and finishes letters of the other preset', () => {
    expect(toLatin('GUAM')).toBe('GUAM');
    expect(hasCyrillic(toLatin('Міщенко', 'ru'))).toBe(false);
    expect(hasCyrillic(toLatin('Сыктывкар', 'uk'))).toBe(false);
  });
});
