/**
 * Building blocks of the date grammar's regular expressions. Every repetition is bounded and no
 * quantified group nests another, so matching stays linear even on a megabyte of odd text.
 */

/** Word edges that work for Cyrillic too (\b only knows ASCII letters). */
export const LEFT = '(?<![\\p{L}\\p{N}])';
export const RIGHT = '(?![\\p{L}\\p{N}])';
export const SP = '[\\s\\u00a0]{1,3}';
export const OPT_SP = '[\\s\\u00a0]{0,3}';
export const DASH = `${OPT_SP}[-\\u2010-\\u2015]${OPT_SP}`;

/** What a rule starting with a number may begin with. */
export const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const APOSTROPHES = "['\\u2019\\u02bc`]";

/** Lower case, single spaces, straight apostrophes: the form the word tables are keyed by. */
export function normalizeKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\u2019\u02bc`]/g, "'")
    .trim();
}

function formToPattern(form: string): string {
  return form
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, SP)
    .replace(/'/g, APOSTROPHES);
}

/** A non-capturing alternation of the forms, longest first so "янв." wins over "янв". */
export function alternation(forms: Iterable<string>): string {
  const unique = [...new Set([...forms].map((form) => form.toLowerCase()))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(formToPattern).join('|')})`;
}

/** A day of the month, with an optional ordinal ending ("3-го", "3rd"), not glued to other digits. */
export function dayPart(name: string): string {
  return `(?<![\\p{L}\\p{N}.,:/])(?<${name}>0?[1-9]|[12]\\d|3[01])(?:-?(?:го|ого|е|ое|st|nd|rd|th))?${RIGHT}`;
}

/** A four-digit year from 1800 to 2099; further digits or a decimal part disqualify it. */
export function yearPart(name: string): string {
  return `(?<${name}>1[89]\\d\\d|20\\d\\d)(?![\\p{N}]|[.,]\\p{N})`;
}

/** Sticky: rules are tried at chosen positions (see anchors.ts), never searched for. */
export function compile(source: string): RegExp {
  return new RegExp(source, 'iuy');
}
