import { describe, expect, it } from 'vitest';
import { en } from './messages-en';
import { ru } from './messages-ru';
import { uk } from './messages-uk';
import { translator } from './translate';

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('en')('noResults', { query: 'x' })).toBe('Nothing found for “x”.');
    expect(translator('ru')('shownCount', { nodes: 3, edges: 2 })).toBe('Показано узлов: 3, связей: 2');
  });
  it('has every key, with the same placeholders, in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const dict of [ru, uk]) {
      expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(dict[key]), key).toEqual(placeholders(en[key]));
      }
    }
  });
});
