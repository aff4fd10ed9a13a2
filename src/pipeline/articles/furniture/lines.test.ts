import { describe, expect, it } from 'vitest';
import { isHeadlineLike, isProse, splitLines } from './lines';

describe('splitLines', () => {
  it('keeps offsets into the verbatim text and strips bullets only from the content', () => {
    const text = 'Заголовок\r\n  • Українською\n- Пункт списку\n';
    const lines = splitLines(text);
    expect(lines.map((line) => text.slice(line.start, line.end))).toEqual([
      'Заголовок',
      '  • Українською',
      '- Пункт списку',
      '',
    ]);
    expect(lines.map((line) => [line.content, line.bulleted])).toEqual([
      ['Заголовок', false],
      ['Українською', true],
      ['Пункт списку', true],
      ['', false],
    ]);
  });
});

describe('isProse and isHeadlineLike', () => {
  const line = (content: string) => splitLines(content)[0]!;
  it('tells sentences from headlines and labels', () => {
    expect(isProse(line('Стороны обсудили подготовку визита армянской делегации в Москву.'))).toBe(true);
    expect(isProse(line('Премьер-министр Али Асадов встретился с казахстанским коллегой'))).toBe(false);
    expect(isHeadlineLike(line('Премьер-министр Али Асадов встретился с казахстанским коллегой'))).toBe(true);
    expect(isHeadlineLike(line('Стороны обсудили подготовку визита.'))).toBe(false);
    expect(isHeadlineLike(line('- Стороны обсудили подготовку визита.'))).toBe(true);
  });
});
