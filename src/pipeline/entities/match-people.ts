/**
 * Linking people the catalogue knows: a surname in any case ("Шарифовым", "Шаріфовим"), with the
 * given names or initials before it when written ("Самира Шарифова", "И.Г.Алиева", "А.Асадов"),
 * which also choose between namesakes (Ильхам vs Мехрибан Алиева).
 */
import { phoneticKey } from '../names/phonetic-key';
import type { Catalogue, PersonName } from './catalogue';
import { claim, mentionOf, type MatchContext } from './match-context';
import { roleAfter, roleBefore } from './role-phrase';
import type { EntityMention } from './types';

const PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична|оглу|оглы|кизи)$/;

/** The token before `i` is part of the same name: an initial, or a capitalized word right before it. */
function nameNeighbour(context: MatchContext, left: number, right: number): boolean {
  const a = context.tokens[left];
  const b = context.tokens[right];
  if (!a || !b || a.sentence !== b.sentence || !a.capital || context.claimed[left]) return false;
  const gap = context.text.slice(a.end, b.start);
  return a.initial ? /^\.\s?$/.test(gap) : /^[ \u00a0]$/.test(gap);
}

function givenMatches(context: MatchContext, i: number, person: PersonName): boolean {
  const token = context.tokens[i]!;
  if (token.initial) {
    const initial = context.keys[i]!;
    return [...person.given].some((given) => given.startsWith(initial));
  }
  return context.lemmas(i).some((candidate) => person.given.has(candidate));
}

export interface PersonMatch {
  first: number;
  last: number;
  nodeId: string;
}

/** Candidate people for the surname at token i (empty when the word is not a known surname). */
function surnameCandidates(context: MatchContext, catalogue: Catalogue, i: number): PersonName[] {
  const found: PersonName[] = [];
  for (const candidate of context.lemmas(i)) {
    for (const person of catalogue.surnames.get(candidate) ?? []) if (!found.includes(person)) found.push(person);
  }
  return found;
}

/**
 * The fallback across alphabets: «Хаканом Фиданом» for a person the catalogue knows as "Hakan Fidan".
 * Sound keys are loose, so the given name must agree too, or the person was already named in full.
 */
function soundMatch(
  context: MatchContext,
  catalogue: Catalogue,
  i: number,
  seen: ReadonlySet<string>,
): PersonMatch | undefined {
  if (context.keys[i]!.length < 4) return undefined;
  const people = new Set<PersonName>();
  for (const lemma of context.lemmas(i))
    for (const person of catalogue.soundSurnames.get(phoneticKey(lemma)) ?? []) people.add(person);
  if (people.size === 0) return undefined;
  const givenAt = nameNeighbour(context, i - 1, i) && !context.tokens[i - 1]!.initial ? i - 1 : undefined;
  if (givenAt === undefined) {
    const known = [...people].filter((person) => seen.has(person.nodeId));
    return known.length === 1 ? { first: i, last: i, nodeId: known[0]!.nodeId } : undefined;
  }
  const sounds = context.lemmas(givenAt).map(phoneticKey);
  const matching = [...people].filter((person) => sounds.some((sound) => person.soundGiven.has(sound)));
  return matching.length === 1 ? { first: givenAt, last: i, nodeId: matching[0]!.nodeId } : undefined;
}

/** Links the name ending at token i to a known person, when the words allow one answer. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'господин', 'госпожа', 'пан', 'пани', 'пані']);

/** A word that may stand before a bare surname without being a given name: a title or an honorific. */
function titleWord(context: MatchContext, catalogue: Catalogue, i: number): boolean {
  if (HONORIFICS.has(context.keys[i]!)) return true;
  return context.lemmas(i).some((lemma) => catalogue.roles.has(lemma));
}

export function matchAt(
  context: MatchContext,
  catalogue: Catalogue,
  i: number,
  seen: ReadonlySet<string>,
): PersonMatch | 'unsure' | undefined {
  const people = surnameCandidates(context, catalogue, i);
  if (people.length === 0) return soundMatch(context, catalogue, i, seen);
  // Walk left: initials ("И.Г."), or a given name with an optional patronymic between.
  let first = i;
  let givenAt: number | undefined;
  if (nameNeighbour(context, i - 1, i) && context.tokens[i - 1]!.initial) {
    for (
      let j = i - 1;
      j >= Math.max(0, i - 3) && nameNeighbour(context, j, j + 1) && context.tokens[j]!.initial;
      j -= 1
    ) {
      givenAt = j;
      first = j;
    }
  } else if (nameNeighbour(context, i - 1, i)) {
    const patronymic = PATRONYMIC.test(context.keys[i - 1]!) && nameNeighbour(context, i - 2, i - 1);
    givenAt = patronymic ? i - 2 : i - 1;
    first = givenAt;
  }
  if (givenAt !== undefined) {
    const matching = people.filter((person) => givenMatches(context, givenAt, person));
    if (matching.length === 1) return { first, last: i, nodeId: matching[0]!.nodeId };
    if (matching.length === 0) {
      // A capitalized word that is no given name of these people: another person, or a title ("Президент").
      if (context.tokens[givenAt]!.initial) return undefined;
      // "Sahiba Aliyeva", "Elnur Aliyev": a given name of someone else, not a title, so not this person.
      // A sentence's first word ("Позже Цахкна …") is only capitalized there, unless it is a known given name.
      const opening = givenAt === 0 || context.tokens[givenAt - 1]!.sentence !== context.tokens[givenAt]!.sentence;
      const given = context.lemmas(givenAt).some((lemma) => catalogue.givenNames.has(lemma));
      if (!context.claimed[givenAt] && !titleWord(context, catalogue, givenAt) && (given || !opening)) return undefined;
      first = i;
    }
  }
  if (people.length === 1) return { first, last: i, nodeId: people[0]!.nodeId };
  const known = people.filter((person) => seen.has(person.nodeId));
  if (known.length === 1) return { first, last: i, nodeId: known[0]!.nodeId };
  return 'unsure';
}

export interface PeopleResult {
  mentions: EntityMention[];
  unsure: { start: number; end: number; text: string; reason: string }[];
}

export function matchKnownPeople(context: MatchContext, catalogue: Catalogue): PeopleResult {
  const mentions: EntityMention[] = [];
  const unsure: PeopleResult['unsure'] = [];
  const seen = new Set<string>();
  for (let i = 0; i < context.tokens.length; i += 1) {
    const token = context.tokens[i]!;
    if (!token.capital || token.initial || context.claimed[i]) continue;
    const match = matchAt(context, catalogue, i, seen);
    if (match === undefined) continue;
    if (match === 'unsure') {
      unsure.push({
        start: token.start,
        end: token.end,
        text: token.text,
        reason: 'this surname belongs to more than one known person',
      });
      continue;
    }
    const mention = mentionOf(context, match.first, match.last, { type: 'person', nodeId: match.nodeId, form: 'name' });
    const role =
      roleBefore(context, catalogue, match.first, match.last) ?? roleAfter(context, catalogue, match.first, match.last);
    if (role) mention.role = role;
    mentions.push(mention);
    claim(context, match.first, match.last, mention);
    seen.add(match.nodeId);
  }
  return { mentions, unsure };
}
