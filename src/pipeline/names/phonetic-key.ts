/**
 * A rough sound key shared by Cyrillic and Latin spellings of one name, so a person first met in an
 * English text ("Hakan Fidan") is recognised in a Russian one («Хаканом Фиданом») and the other way
 * round. Input is a folded key (text/fold.ts). Used only as a fallback, and only when the given name
 * agrees too, because sound keys are loose.
 */
const CYRILLIC_SOUNDS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  ш: 's',
  щ: 's',
  ю: 'iu',
  я: 'ia',
  ў: 'u',
};

const LATIN_CLUSTERS: readonly [RegExp, string][] = [
  [/shch|sch/g, 's'],
  [/tch|tsch|ch|cz/g, 'c'],
  [/sh|sz/g, 's'],
  [/zh|dzh|dj|dž/g, 'j'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
];

export function phoneticKey(folded: string): string {
  let latin = '';
  for (const ch of folded.replace(/дж/g, 'j')) latin += CYRILLIC_SOUNDS[ch] ?? ch;
  for (const [pattern, sound] of LATIN_CLUSTERS) latin = latin.replace(pattern, sound);
  return latin
    .replace(/([aeiou])i(?=[aeou])/g, '$1')
    .replace(/(.)\1+/g, '$1')
    .replace(/[^a-z-]/g, '');
}
