/**
 * Folding a word to a matching key. Keys compare spellings across cases of letters, the Russian and
 * Ukrainian alphabets, Latin look-alike letters typed into Cyrillic words ("Xикметом" with a Latin X)
 * and doubled consonants (Абдуллаев / Абдулаєв, Кассым / Касым). Keys are for comparison only: offsets always come
 * from the tokenizer on the original text, so a key may be shorter than its word.
 */

/** Latin letters that look like Cyrillic ones; swapped only inside words that hold Cyrillic letters. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

/** Russian and Ukrainian spellings of one sound meet on one letter. */
const CROSS_ALPHABET: Record<string, string> = {
  ё: 'е',
  є: 'е',
  э: 'е',
  і: 'и',
  ї: 'и',
  ы: 'и',
  ґ: 'г',
  ъ: '',
  ь: '',
  "'": '',
  '’': '',
  ʼ: '',
  '`': '',
};

const CYRILLIC = /[\u0400-\u04ff]/;
/** Vowels are never merged when doubled: "Федерации" keeps its "ии" ending. */
const VOWEL = /[аеиоуяюйaeiouy]/;
const LATIN = /[A-Za-z]/;

export function hasCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

/** Replaces Latin look-alikes in a word that also holds Cyrillic letters; same length as the input. */
export function fixHomoglyphs(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  let out = '';
  for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}

/** Lower case without accents (é → e); one character in, at most one out. */
function lowerPlain(ch: string): string {
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return ch;
  const code = lower.charCodeAt(0);
  if (code < 0x80 || (code >= 0x400 && code <= 0x4ff)) return lower;
  const base = lower.normalize('NFD')[0] ?? lower;
  return base;
}

/** Lower-case Latin letters whose capitals look like Cyrillic ones ("Xикметом", "HАТО"). */
const LOWER_LOOK_ALIKES: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** The matching key of one word (or a hyphenated compound): see the module comment. Article words repeat a lot; keys are remembered (a bounded cache, so memory stays flat). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function foldWord(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = computeFold(word);
    cache.set(word, key);
  }
  return key;
}

function computeFold(word: string): string {
  const cyrillic = CYRILLIC.test(word);
  let out = '';
  let last = '';
  for (const raw of word) {
    // Lower-casing and accent stripping come first, so folding a key again changes nothing.
    let lower = lowerPlain(raw);
    if (cyrillic) lower = LOWER_LOOK_ALIKES[lower] ?? lower;
    const ch = CROSS_ALPHABET[lower] ?? lower;
    if (ch === '' || (ch === last && !VOWEL.test(ch))) continue;
    out += ch;
    last = ch;
  }
  return out;
}

/** Folds each word of a phrase and joins the keys with single spaces. */
export function foldPhrase(phrase: string): string {
  return phrase
    .split(/[\s\u00a0]+/)
    .filter((word) => word !== '')
    .map(foldWord)
    .join(' ');
}
