import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it('reads initials, hyphenated names and the English possessive', () => {
    const tokens = tokenize('В.В.Путина и Касым-Жомарта Токаева; Azerbaijan’s President, Дж.А.Байрамова');
    expect(tokens.map((token) => token.text)).toEqual([
      'В',
      'В',
      'Путина',
      'и',
      'Касым-Жомарта',
      'Токаева',
      'Azerbaijan',
      'President',
      'Дж',
      'А',
      'Байрамова',
    ]);
    expect(tokens.filter((token) => token.initial).map((token) => token.text)).toEqual(['В', 'В', 'Дж', 'А']);
  });

  it('does not end a sentence at an initial', () => {
    const tokens = tokenize('Посол Р.М. Мустафаев прибыл. Затем встреча.');
    expect(tokens.find((token) => token.text === 'Мустафаев')!.sentence).toBe(0);
    expect(tokens.find((token) => token.text === 'Затем')!.sentence).toBe(1);
  });

  it('skips set-aside ranges', () => {
    const text = 'Главная | Новости\nАлиев принял посла.';
    const tokens = tokenize(text, [{ start: 0, end: 17 }]);
    expect(tokens[0]!.text).toBe('Алиев');
  });

  it('gives offsets that slice the text, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
      }),
    );
  });
});
