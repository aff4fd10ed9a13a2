import { describe, expect, it } from 'vitest';
import { transliterateName } from './transliterate';

describe('transliterateName', () => {
  it('romanizes Ukrainian names the official Ukrainian way', () => {
    expect(transliterateName('Денис Шмигаль', 'uk')).toBe('Denys Shmyhal');
    expect(transliterateName('Олександр Міщенко', 'uk')).toBe('Oleksandr Mishchenko');
  });

  it('romanizes Russian names, and foreign names in Ukrainian text, the usual way', () => {
    expect(transliterateName('Маргус Цахкна', 'ru')).toBe('Margus Tsakhkna');
    expect(transliterateName('Річард Марлз', 'uk', false)).toBe('Richard Marlz');
  });

  it('leaves Latin names as written', () => {
    expect(transliterateName('Rod Brazier', 'en')).toBe('Rod Brazier');
  });
});
