/**
 * Whether a role phrase opens on a plural title: «Президенты …», «міністри …», «главами МЗС …»,
 * "Presidents of …", "the foreign ministers of …". English puts the head after its modifiers, so
 * every word before "of"/"for" counts there; in Russian and Ukrainian the head comes first.
 */
const PLURAL_WORD = /^\p{L}+(?:ы|и|ов|ів|ей|ами|ями|s)$/u;

export function opensOnPluralTitle(phrase: string, language: string): boolean {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}'’-]+$/u, ''));
  if (language !== 'en') return PLURAL_WORD.test(words[0] ?? '');
  const from = /^(?:the|a|an)$/iu.test(words[0] ?? '') ? 1 : 0;
  const stop = words.findIndex((word, k) => k >= from && /^(?:of|for)$/iu.test(word));
  const opening = words.slice(from, stop < 0 ? from + 2 : stop);
  return opening.some((word) => PLURAL_WORD.test(word) && !/(?:ss|us|affairs)$/iu.test(word));
}
