/**
 * Splitting article text into word tokens with offsets. A word keeps inner hyphens and apostrophes
 * ("Касым-Жомарт", "прем'єр-міністр", "Azerbaijan's" stays "Azerbaijan" + "'s" is dropped); an
 * initial is a single capital letter followed by a dot ("И.Г.Алиева" → И. Г. Алиева).
 */

export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Starts with a capital letter. */
  capital: boolean;
  /** A single capital letter followed by a dot: an initial. */
  initial: boolean;
  /** Index of the sentence this token belongs to, counted from the start of the text. */
  sentence: number;
}

// Letters, then letters/marks with single inner hyphens or apostrophes between letters.
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-‐‑'’ʼ]\p{L}[\p{L}\p{M}]*)*/gu;
const SENTENCE_END = /[.!?…]\s+(?=[\p{Lu}"«“„\d–—-])|\n\s*\n|\n(?=\s*[-•–—])/gu;

/** A dot after an initial ("Р.М. Мустафаев", "Дж. Байрамов") does not end a sentence. */
const INITIAL_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}?$/u;

function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0].startsWith('.') && INITIAL_BEFORE.test(text.slice(Math.max(0, match.index - 3), match.index)))
      continue;
    breaks.push(match.index + match[0].length);
  }
  return breaks;
}

/** Every word of `text`, in order; skips ranges in `skip` (page furniture). */
export function tokenize(text: string, skip: readonly { start: number; end: number }[] = []): Token[] {
  const breaks = sentenceBreaks(text);
  const tokens: Token[] = [];
  let sentence = 0;
  let nextBreak = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    // English possessive: "Azerbaijan's" is the word "Azerbaijan".
    const possessive = /['’]s$/.exec(word);
    if (possessive && !/[\u0400-\u04ff]/.test(word)) word = word.slice(0, possessive.index);
    const end = start + word.length;
    if (skip.some((range) => start < range.end && end > range.start)) continue;
    while (nextBreak < breaks.length && breaks[nextBreak]! <= start) {
      sentence += 1;
      nextBreak += 1;
    }
    const first = word[0]!;
    const capital = first !== first.toLowerCase();
    // "И." and the two-letter "Дж." (Джейхун) are initials when a capital follows: "Дж.А.Байрамова".
    const initial =
      capital &&
      text[end] === '.' &&
      (word.length === 1 ||
        (word.length === 2 && /^\p{Lu}\p{Ll}$/u.test(word) && /^\.\s?\p{Lu}/u.test(text.slice(end, end + 3))));
    tokens.push({ start, end, text: word, capital, initial, sentence });
  }
  return tokens;
}
