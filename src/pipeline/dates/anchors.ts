/**
 * Where date phrases can start. Running every rule at every position of every sentence of a large
 * corpus is slow, so one scan finds the words that any date phrase must contain (a number, a month,
 * weekday or season name, a "year"/"week"/"today" word…), and the rules are tried only at the start
 * of that word and of the few words before it (prefixes such as «в начале», "at the end of").
 */
import { MONTH_FORMS } from './lexicon-months';
import { AGO_WORDS, BARE_MONTH_WORDS, BARE_YEAR_WORDS, RELATIVE_PHRASES } from './lexicon-relative';
import { SEASON_FORMS, WEEKDAY_FORMS } from './lexicon-words';
import { alternation } from './pattern-parts';
import { HALF_AND_QUARTER_WORDS } from './lexicon-periods';

const CORE_WORDS = [
  ...Object.values(MONTH_FORMS).flatMap((forms) => [...forms.full, ...forms.short]),
  ...Object.values(WEEKDAY_FORMS).flat(),
  ...Object.keys(SEASON_FORMS),
  // The last word of each relative phrase ("неделе", "року", "yesterday") is its core.
  ...Object.keys(RELATIVE_PHRASES).map((phrase) => phrase.split(' ').at(-1) ?? phrase),
  ...BARE_YEAR_WORDS.map((words) => words.split(' ').at(-1) ?? words),
  ...BARE_MONTH_WORDS.map((words) => words.split(' ').at(-1) ?? words),
  ...HALF_AND_QUARTER_WORDS,
  ...AGO_WORDS,
];

// Plain literals on lower-cased text, without the Unicode and ignore-case flags or lookarounds,
// let V8 skip ahead quickly (about ten times faster here); word edges are checked below.
const CORE = new RegExp(`\\d+|${alternation(CORE_WORDS)}`, 'g');
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Words before the core that a rule may start with: "at the end of" + a month is four. */
const WORDS_BEFORE_CORE = 4;
/** A cap on how far back to look, so a run of long words costs little. */
const MAX_LOOKBACK_CHARS = 64;

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // Fast paths for ASCII and Cyrillic, which is nearly all of the text.
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  if (code >= 0x400 && code <= 0x4ff) return true;
  return WORD_CHAR.test(text.charAt(index));
}

/** Lower case with every offset kept: a character whose lower case is longer stays as it is. */
export function lowerCaseKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    result += lowered.length === char.length ? lowered : char;
  }
  return result;
}

/**
 * The word starting at `start`, the key by which rules are chosen: letters and digits up to the
 * first other character ("п'ятницю" → "п", "mid-July" → "mid"); any number is "#".
 */
export function firstToken(lowerText: string, start: number): string {
  let end = start;
  while (isWordChar(lowerText, end)) end += 1;
  const code = lowerText.charCodeAt(start);
  return code >= 48 && code <= 57 ? '#' : lowerText.slice(start, end);
}

/** Sorted, distinct positions at which rules should be tried, in text already lower-cased. */
export function findRuleStarts(text: string): number[] {
  const starts: number[] = [];
  let lastAdded = -1;
  CORE.lastIndex = 0;
  for (let match = CORE.exec(text); match !== null; match = CORE.exec(text)) {
    const core = match.index;
    const isNumber = match[0].charCodeAt(0) <= 57;
    // A number may be glued to a dash or letter ("3-го", "2020-2022"); a word must stand alone.
    if (!isNumber && (isWordChar(text, core - 1) || isWordChar(text, core + match[0].length))) {
      CORE.lastIndex = core + 1;
      continue;
    }
    const found = [core];
    let position = core;
    const limit = Math.max(0, core - MAX_LOOKBACK_CHARS, lastAdded + 1);
    for (let word = 0; word < WORDS_BEFORE_CORE && position > limit; word += 1) {
      let i = position - 1;
      while (i >= limit && !isWordChar(text, i)) i -= 1;
      if (i < limit) break;
      while (i >= limit && isWordChar(text, i)) i -= 1;
      position = i + 1;
      found.push(position);
    }
    for (let k = found.length - 1; k >= 0; k -= 1) {
      const start = found[k]!;
      if (start > lastAdded) {
        starts.push(start);
        lastAdded = start;
      }
    }
  }
  return starts;
}
