/**
 * Property tests for the name normalizers: random words, mostly Cyrillic, as pasted text can hold
 * them. None may throw, and each answer depends on its input alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lemmaCandidates } from './inflection';
import { nameKey } from './name-key';
import { nominativeName } from './nominative';
import { transliterateName } from './transliterate';

const CYRILLIC = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'];
const cyrillicWord = fc
  .array(fc.constantFrom(...CYRILLIC), { minLength: 1, maxLength: 14 })
  .map((letters) => letters[0]!.toUpperCase() + letters.slice(1).join(''));
const anyWord = fc.oneof(cyrillicWord, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const language = fc.constantFrom('ru', 'uk', 'en');
const noGender = () => undefined;

describe('name normalizers under random input', () => {
  it('nameKey never throws, is the same for the same input, and ignores letter case in Cyrillic', () => {
    fc.assert(
      fc.property(fc.array(cyrillicWord, { minLength: 1, maxLength: 3 }), anyWord, (words, junk) => {
        const name = words.join(' ');
        expect(nameKey(name)).toBe(nameKey(name));
        expect(nameKey(name.toUpperCase())).toBe(nameKey(name.toLowerCase()));
        expect(typeof nameKey(junk)).toBe('string');
      }),
    );
  });

  it('nominativeName never throws and always answers with two non-empty words', () => {
    fc.assert(
      fc.property(cyrillicWord, cyrillicWord, language, (given, surname, lang) => {
        const result = nominativeName(given, surname, lang, noGender);
        expect(result.given.length).toBeGreaterThan(0);
        expect(result.surname.length).toBeGreaterThan(0);
        expect(nominativeName(given, surname, lang, noGender)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  it('lemmaCandidates never throws and always offers the word itself', () => {
    fc.assert(
      fc.property(cyrillicWord, (word) => {
        const key = nameKey(word);
        expect(lemmaCandidates(key)).toContain(key);
      }),
    );
  });

  it('transliterateName leaves no Cyrillic letter behind and never throws on junk', () => {
    fc.assert(
      fc.property(fc.array(cyrillicWord, { minLength: 1, maxLength: 3 }), language, anyWord, (words, lang, junk) => {
        expect(transliterateName(words.join(' '), lang)).not.toMatch(/[\u0400-\u04ff]/);
        expect(typeof transliterateName(junk, lang)).toBe('string');
      }),
    );
  });
});
