/**
 * Name comparison for scoring: the same person written in another case, script variant or
 * with diacritics must compare equal ("Péter Szijjártó" = "Peter Szijjarto", "Іваєю" ≠ "Івая"
 * is left to the surface forms the gold file lists).
 */

// Letters that differ between Russian and Ukrainian spellings of one name, and Latin letters
// that NFD does not decompose.
const LETTER_FOLDS: Record<string, string> = {
  ё: 'е',
  э: 'е',
  є: 'е',
  й: 'и',
  і: 'и',
  ї: 'и',
  ы: 'и',
  ґ: 'г',
  ъ: '',
  ь: '',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
};

/** Lowercase, without diacritics, apostrophes or punctuation; words separated by one space. */
export function foldName(name: string): string {
  const lowered = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let folded = '';
  for (const char of lowered) folded += LETTER_FOLDS[char] ?? char;
  return folded
    .replace(/['’ʼ`ʹ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words, sorted, so "MIYAJI Takuma" and "Takuma Miyaji" compare equal. */
export function nameKey(name: string): string {
  return foldName(name).split(' ').filter(Boolean).sort().join(' ');
}

/** Edit distance, for transliteration variants of one name (Bayramov / Bairamov). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * True when a graph name and a gold name are the same written name: equal once folded, equal
 * in word order, or (for full names of two words or more) within one edit per eight letters,
 * which absorbs transliteration variants without joining different surnames.
 */
export function sameName(graphName: string, goldName: string): boolean {
  const a = nameKey(graphName);
  const b = nameKey(goldName);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  if (a.split(' ').length < 2 || b.split(' ').length < 2) return false;
  const allowed = Math.floor(Math.max(a.length, b.length) / 8);
  return allowed > 0 && editDistance(a, b) <= allowed;
}
