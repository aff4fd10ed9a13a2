import { describe, expect, it } from 'vitest';
import { excerptAround, splitAround } from './excerpt';

const text =
  'Первое предложение. Второе предложение о погоде. Алиев принял Хренина в Баку. Четвёртое. Пятое предложение.';

describe('excerptAround', () => {
  it('keeps the quote exact and adds one sentence on each side', () => {
    const quote = 'принял Хренина';
    const start = text.indexOf(quote);
    const excerpt = excerptAround(text, start, start + quote.length, 'ru');
    expect(excerpt.quote).toBe(quote);
    expect(excerpt.before).toBe('Второе предложение о погоде. Алиев ');
    expect(excerpt.after).toBe(' в Баку. Четвёртое.');
    expect(excerpt.clippedStart).toBe(true);
    expect(excerpt.clippedEnd).toBe(true);
  });

  it('stops at the edges of the text', () => {
    const excerpt = excerptAround(text, 0, 6, 'ru');
    expect(excerpt.before).toBe('');
    expect(excerpt.quote).toBe('Первое');
    expect(excerpt.clippedStart).toBe(false);
  });

  it('survives offsets outside the text', () => {
    expect(excerptAround(text, 500, 900, 'ru').quote).toBe('');
  });

  it('cuts very long sentences', () => {
    const long = `${'слово '.repeat(500)}цитата ${'слово '.repeat(500)}`;
    const start = long.indexOf('цитата');
    const excerpt = excerptAround(long, start, start + 6, 'ru');
    expect(excerpt.before.length).toBeLessThanOrEqual(400);
    expect(excerpt.after.length).toBeLessThanOrEqual(400);
  });
});

describe('splitAround', () => {
  it('splits a text in three around a passage', () => {
    expect(splitAround('abcdef', 2, 4)).toEqual(['ab', 'cd', 'ef']);
  });
});
