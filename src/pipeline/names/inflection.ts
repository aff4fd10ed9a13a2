/**
 * Undoing Russian and Ukrainian case endings on folded keys (see text/fold.ts: і, ї, ы → и; є, э, ё → е;
 * ь and apostrophes dropped), so one rule table serves both languages. A surface key gives a small
 * set of candidate nominatives; the catalogue stores nominatives, and a mention links when one
 * candidate is there. Over-generation is harmless because candidates are only looked up, never shown.
 */

/** [surface ending, nominative ending], longest endings first. */
const RULES: readonly (readonly [string, string])[] = [
  // adjective-type surnames and adjectives: Зеленского → Зеленский, Шанхайской → Шанхайская
  ['ого', 'ий'],
  ['ому', 'ий'],
  ['ими', 'ий'],
  ['ою', 'а'],
  ['ою', 'ая'],
  ['ою', 'я'],
  // Ukrainian instrumental of -я nouns: представницею → представниця
  ['ею', 'я'],
  ['ую', 'ая'],
  ['ои', 'а'],
  ['ои', 'ая'],
  ['ои', 'ий'],
  ['ои', 'я'],
  ['ой', 'а'],
  ['ой', 'ая'],
  ['ой', 'ий'],
  ['ей', 'я'],
  ['ей', 'й'],
  ['ей', ''],
  ['ом', 'ий'],
  ['им', 'ий'],
  // Ukrainian dative: Самірові, Ігореві, Міщенкові
  ['ови', ''],
  ['еви', ''],
  ['ови', 'о'],
  // nouns and -ов/-ин surnames: Шарифовым/Шаріфовим, Ильхамом, Виталием, Игорем
  ['им', ''],
  ['ом', ''],
  ['ом', 'о'],
  ['ем', ''],
  ['ем', 'й'],
  ['ем', 'е'],
  ['ами', 'а'],
  // genitive plural of role nouns: "президентов"
  ['ов', ''],
  ['а', ''],
  ['а', 'о'],
  ['у', ''],
  ['у', 'а'],
  ['у', 'о'],
  ['е', ''],
  ['е', 'а'],
  ['е', 'я'],
  ['и', ''],
  ['и', 'а'],
  ['и', 'я'],
  ['и', 'й'],
  ['я', ''],
  ['я', 'й'],
  ['ю', ''],
  ['ю', 'й'],
  ['ю', 'я'],
  // plural state names in oblique cases: Нидерландов/Нідерландів, Филиппинам, Нидерландах → -ы/-и
  // (both fold to и)
  ['ов', 'и'],
  ['ив', 'и'],
  ['ам', 'и'],
  ['ах', 'и'],
  ['ами', 'и'],
];

const MIN_STEM = 2;
/** A stem ending in two consonants, the last one that a fleeting е/о may precede (Египт-, Павл-). */
const FLEETING = /[бвгджзклмнпрстфхцчшщ][клнрт]$/u;
const CYRILLIC = /[\u0400-\u04ff]/;

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 200_000;

/**
 * Candidate nominative keys of a folded word, the word itself first. Latin words do not decline.
 * Results are remembered (bounded) and shared: callers must not change the array.
 */
export function lemmaCandidates(key: string): readonly string[] {
  let candidates = cache.get(key);
  if (candidates === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    candidates = computeCandidates(key);
    cache.set(key, candidates);
  }
  return candidates;
}

function computeCandidates(key: string): string[] {
  const out = [key];
  if (!CYRILLIC.test(key)) return out;
  for (const [ending, nominative] of RULES) {
    if (key.length - ending.length < MIN_STEM || !key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    const candidate = stem + nominative;
    if (!out.includes(candidate)) out.push(candidate);
    // A fleeting vowel comes back in the nominative of a noun: Египта/Єгипту → Египет, Павла → Павел.
    if (nominative === '' && FLEETING.test(stem)) {
      const restored = `${stem.slice(0, -1)}е${stem.slice(-1)}`;
      if (!out.includes(restored)) out.push(restored);
    }
  }
  // Hyphenated names decline on every part: Касым-Жомарта → Касым-Жомарт.
  if (key.includes('-')) {
    const parts = key.split('-');
    const last = parts.pop()!;
    for (const candidate of lemmaCandidates(last).slice(1)) {
      const whole = [...parts, candidate].join('-');
      if (!out.includes(whole)) out.push(whole);
    }
  }
  return out;
}

/** Adjective endings (folded) after a stem such as "азербайджанск"; "о" joins compounds ("российско-"). */
export const ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set([
  'ий',
  'ая',
  'ое',
  'ие',
  'ого',
  'ому',
  'им',
  'ом',
  'ой',
  'ую',
  'их',
  'ими',
  'ою',
  'ои',
  'а',
  'е',
  'у',
  'и',
  'о',
  'ее',
  'ей',
  'ая',
  'ые',
]);

/** Noun endings that may follow a state name's stem in a compound's first part ("азербайджано-"). */
export const COMPOUND_LINK = 'о';
