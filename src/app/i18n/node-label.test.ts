import { describe, expect, it } from 'vitest';
import { localized } from './node-label';

describe('localized', () => {
  const full = { en: 'Samir Sharifov', ru: 'Самир Шарифов', uk: 'Самір Шаріфов' };
  it('uses the label in the chosen language', () => {
    expect(localized(full, 'uk')).toBe('Самір Шаріфов');
    expect(localized(full, 'en')).toBe('Samir Sharifov');
  });
  it('transliterates a Cyrillic-only name for English', () => {
    expect(localized({ ru: 'Виктор Хренин' }, 'en')).toBe('Viktor Khrenin');
  });
  it('prefers the sibling Cyrillic language for ru and uk', () => {
    expect(localized({ ru: 'Олжас Бектенов', en: 'Olzhas Bektenov' }, 'uk')).toBe('Олжас Бектенов');
    expect(localized({ en: 'GUAM' }, 'ru')).toBe('GUAM');
  });
  it('falls back to any language it has', () => {
    expect(localized({ az: 'Bakı' }, 'ru')).toBe('Bakı');
  });
});
