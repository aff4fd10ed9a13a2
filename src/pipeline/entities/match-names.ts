/**
 * Finding states and organizations: full names in any case ("Республики Беларусь", "Шанхайской
 * организации сотрудничества"), acronyms as written ("ГУАМ", "SOCAR"), and state adjectives
 * ("азербайджанский", "українських", "российско-азербайджанских", "Azerbaijani").
 */
import { ADJECTIVE_ENDINGS } from '../names/inflection';
import { fixHomoglyphs, foldWord } from '../text/fold';
import type { Catalogue, PhraseEntry } from './catalogue';
import { adjacent, claim, mentionOf, type MatchContext } from './match-context';
import type { EntityMention, EntityType } from './types';

function typeOf(nodeId: string): EntityType {
  return nodeId.slice(0, nodeId.indexOf(':')) as EntityType;
}

/** How many tokens from `i` the phrase covers, or 0. */
function phraseLength(context: MatchContext, catalogue: Catalogue, i: number, entry: PhraseEntry): number {
  if (entry.capital && !context.tokens[i]!.capital) return 0;
  if (entry.words.length === 1 && catalogue.notNames.has(context.keys[i]!)) return 0;
  for (let k = 1; k < entry.words.length; k += 1) {
    if (!adjacent(context, i + k - 1, i + k)) return 0;
    if (!context.lemmas(i + k).includes(entry.words[k]!)) return 0;
  }
  return entry.words.length;
}

function matchPhrase(
  context: MatchContext,
  catalogue: Catalogue,
  i: number,
): { length: number; nodeId: string } | undefined {
  let best: { length: number; nodeId: string } | undefined;
  for (const candidate of context.lemmas(i)) {
    for (const entry of catalogue.phrases.get(candidate) ?? []) {
      const length = phraseLength(context, catalogue, i, entry);
      if (length > 0 && (!best || length > best.length)) best = { length, nodeId: entry.nodeId };
    }
  }
  return best;
}

const ACRONYM = /^[\p{Lu}\d]{2,}$/u;

/** A state adjective in one word or one part of a hyphenated compound. */
function adjectiveState(catalogue: Catalogue, part: string, final: boolean): string | undefined {
  const key = foldWord(part);
  for (let cut = 1; cut <= 3 && cut < key.length; cut += 1) {
    const stem = key.slice(0, key.length - cut);
    if (ADJECTIVE_ENDINGS.has(key.slice(key.length - cut))) {
      const state = catalogue.adjectiveStems.get(stem);
      if (state) return state;
    }
  }
  // The first part of a compound may be a state name plus "о": "азербайджано-армянской".
  if (!final && key.endsWith('о')) {
    const noun = catalogue.phrases.get(key.slice(0, -1))?.find((entry) => entry.words.length === 1);
    if (noun && noun.nodeId.startsWith('state:')) return noun.nodeId;
  }
  return undefined;
}

function matchAdjectives(context: MatchContext, catalogue: Catalogue, i: number): EntityMention[] {
  const token = context.tokens[i]!;
  const english = catalogue.englishAdjectives.get(context.keys[i]!);
  if (english && token.capital)
    return [mentionOf(context, i, i, { type: 'state', nodeId: english, form: 'adjective' })];
  const mentions: EntityMention[] = [];
  const parts = token.text.split(/([-‐‑])/);
  let offset = token.start;
  for (let p = 0; p < parts.length; p += 2) {
    const part = parts[p]!;
    const state = part.length >= 4 ? adjectiveState(catalogue, part, p === parts.length - 1) : undefined;
    if (state) {
      mentions.push({
        start: offset,
        end: offset + part.length,
        text: part,
        type: 'state',
        nodeId: state,
        form: 'adjective',
      });
    }
    offset += part.length + (parts[p + 1]?.length ?? 0);
  }
  return mentions;
}

/** A currency word right before ("1 млн. дол. США", «доларів США») or after ("U.S. dollars", «американских долларов»). */
const CURRENCY_BEFORE = /(?<!\p{L})(?:дол+\.|дол+ар\p{L}*|dollars?)\s*$/iu;
const CURRENCY_AFTER = /^\.?\s*(?:dollars?|дол+ар\p{L}*|дол+\.)/iu;

/** A state named only as the issuer of a currency is not a state taking part in anything. */
function isCurrency(context: MatchContext, first: number, last: number): boolean {
  const start = context.tokens[first]!.start;
  const end = context.tokens[last]!.end;
  return (
    CURRENCY_BEFORE.test(context.text.slice(Math.max(0, start - 16), start)) ||
    CURRENCY_AFTER.test(context.text.slice(end, end + 16))
  );
}

/** Marks every state and organization mention in the context; returns them in text order. */
export function matchStatesAndOrganizations(context: MatchContext, catalogue: Catalogue): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let i = 0; i < context.tokens.length; i += 1) {
    const token = context.tokens[i]!;
    const acronym = ACRONYM.test(token.text) ? catalogue.acronyms.get(fixHomoglyphs(token.text)) : undefined;
    if (acronym) {
      if (acronym.startsWith('state:') && isCurrency(context, i, i)) continue;
      const mention = mentionOf(context, i, i, { type: typeOf(acronym), nodeId: acronym, form: 'acronym' });
      mentions.push(mention);
      claim(context, i, i, mention);
      continue;
    }
    const phrase = matchPhrase(context, catalogue, i);
    if (phrase) {
      const last = i + phrase.length - 1;
      if (phrase.nodeId.startsWith('state:') && isCurrency(context, i, last)) {
        i = last;
        continue;
      }
      const mention = mentionOf(context, i, last, { type: typeOf(phrase.nodeId), nodeId: phrase.nodeId, form: 'name' });
      mentions.push(mention);
      claim(context, i, last, mention);
      i = last;
      continue;
    }
    const adjectives = matchAdjectives(context, catalogue, i);
    if (adjectives.length > 0 && !isCurrency(context, i, i)) {
      mentions.push(...adjectives);
      claim(context, i, i, adjectives[adjectives.length - 1]!);
    }
  }
  return mentions;
}
