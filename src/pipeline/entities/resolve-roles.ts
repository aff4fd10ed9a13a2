/**
 * Finishing role phrases once every mention of the article is known: a counterpart takes the office of
 * the person before it ("министр иностранных дел Азербайджана Джейхун Байрамов … со своим узбекским
 * коллегой Бахтиёром Саидовым" → Minister of Foreign Affairs, Uzbekistan), and a role whose phrase
 * names no state takes the nearest state named earlier in the same sentence.
 */
import { opensOnPluralTitle } from './plural-title';
import { findCity } from '../meetings/places';
import type { MatchContext } from './match-context';
import type { EntityMention, EntityRecord } from './types';

function sentenceAt(context: MatchContext, offset: number): number {
  let low = 0;
  let high = context.tokens.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (context.tokens[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return context.tokens[low]?.sentence ?? 0;
}

/**
 * Institutions a Ukrainian text names without a state only when they are Ukraine's own ("речник МЗС",
 * "керівник Офісу Президента"): a foreign one always carries its state ("МЗС Естонії").
 */
const HOME_INSTITUTIONS: Record<string, { pattern: RegExp; state: string }> = {
  uk: {
    pattern: /(^|[^\p{L}])(МЗС|Офіс[уі]? Президента|Верховн(?:а|ої|ій) Рад[аиі]|Кабмін[уі]?)(?![\p{L}])/u,
    state: 'state:ukraine',
  },
};

/** A dateline at the top of a wire ("TBILISI, April 16 (Wire) -", "Yerevan, February 15", «ТАШКЕНТ, 5 июня.»). */
const DATELINE = /^[ \t]*(\p{Lu}[\p{L}-]+)(?:,|[ \t]+\(|[ \t]+\d)/gmu;

/**
 * The state an article reports from, by its dateline city: a role with no state in such a report
 * ("Deputy Foreign Minister Vahan Kostanyan hosted …" under "Yerevan, February 15") is that state's.
 */
export function datelineState(text: string): string | undefined {
  const head = text.slice(0, 400);
  for (const match of head.matchAll(DATELINE)) {
    const word = match[1]!;
    const city = findCity(word) ?? findCity(word.charAt(0) + word.slice(1).toLowerCase());
    if (city) return city.state;
  }
  return undefined;
}

const INSTITUTION_HEADER = /міністерств|министерств|ministry|офіс президента|администраци|адміністраці|presidential/iu;

/**
 * A release under its institution's header ("Міністерство закордонних справ України" as the first
 * line): the one state that header names is the article's own.
 */
export function headerState(text: string, mentions: readonly EntityMention[]): string | undefined {
  const match = /^\s*([^\n]+)/u.exec(text.slice(0, 300));
  if (!match || !INSTITUTION_HEADER.test(match[1]!)) return undefined;
  const start = match.index + match[0].length - match[1]!.length;
  const end = start + match[1]!.length;
  const states = new Set(
    mentions.filter((m) => m.type === 'state' && m.start >= start && m.end <= end).map((m) => m.nodeId),
  );
  return states.size === 1 ? [...states][0] : undefined;
}

const AND: Record<string, RegExp> = { ru: /^\s*и\s*$/u, uk: /^\s*(?:і|й|та)\s*$/u, en: /^\s*and\s*$/u };

/**
 * «Президенты Узбекистана и Кыргызстана Шавкат Мирзиёев и Садыр Жапаров», «президентов Ильхама Алиева
 * и Касым-Жомарта Токаева»: the second name shares the plural title; two states named in the phrase go
 * to the two people in order, one state or none to neither (it would be a guess).
 */
function sharePluralRoles(context: MatchContext, mentions: EntityMention[]): void {
  for (let index = 1; index < mentions.length; index += 1) {
    const second = mentions[index]!;
    const first = mentions[index - 1]!;
    if (second.type !== 'person' || first.type !== 'person' || second.role || !first.role) continue;
    if (!AND[context.language]?.test(context.text.slice(first.end, second.start))) continue;
    const phrase = context.text.slice(first.role.start, first.start);
    if (!opensOnPluralTitle(phrase, context.language)) continue;
    const states = mentions.filter((m) => m.type === 'state' && m.start >= first.role!.start && m.end <= first.start);
    const ids = [...new Set(states.map((m) => m.nodeId))];
    const title = { ...first.role.title };
    second.role = { title, start: first.role.start, end: second.end };
    if (ids.length === 2) {
      first.role.state = ids[0]!;
      second.role.state = ids[1]!;
    } else {
      delete first.role.state;
    }
  }
}

/** "together with", «разом з», «вместе с», "accompanied by": the one named with someone travels for the same state. */
const COMPANION =
  /(?<!\p{L})(?:together with|accompanied by|разом (?:з|із|зі)|вместе (?:с|со)|в сопровождении|у супроводі)\s+$/iu;

/** "X visited Kyiv together with Foreign Minister Y": Y, with no state of their own, takes X's. */
function companionState(
  context: MatchContext,
  mentions: readonly EntityMention[],
  index: number,
  roleStart: number,
  stateOf: (id: string) => string | undefined,
): string | undefined {
  const gap = COMPANION.exec(context.text.slice(Math.max(0, roleStart - 40), roleStart));
  if (!gap) return undefined;
  const sentence = sentenceAt(context, roleStart);
  for (let k = index - 1; k >= 0; k -= 1) {
    const m = mentions[k]!;
    if (m.end > roleStart || m.type !== 'person') continue;
    if (sentenceAt(context, m.start) !== sentence) return undefined;
    return m.role?.state ?? stateOf(m.nodeId);
  }
  return undefined;
}

const COMITATIVE = /(?<!\p{L})(?<!(?:главе|чолі)\s)(?:with|с|со|з|із|зі)(?!\p{L})/iu;

/**
 * «розпочав візит до Данії зустріччю з Прем'єр-міністром Метте Фредеріксен», "arrived in Norway for talks
 * with Prime Minister X": a state named as where someone goes is the host, and the one met "with" there
 * is the host's official.
 */
const DESTINATION = /(?<!\p{L})(?:до|в|во|у|to|in)\s+$/iu;

function destination(context: MatchContext, state: EntityMention): boolean {
  return state.form === 'name' && DESTINATION.test(context.text.slice(Math.max(0, state.start - 6), state.start));
}

/**
 * The last word of a role phrase before the name when it is capitalized: the institution's own name
 * («вице-спикер Сейма», "Speaker of the Knesset"), which an earlier phrase may have given with its state.
 */
function institutionWord(
  context: MatchContext,
  mention: EntityMention,
  roleWord: (word: string) => boolean,
): string | undefined {
  const role = mention.role;
  if (!role || role.start >= mention.start) return undefined;
  const words = context.text.slice(role.start, mention.start).trim().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(last) && !roleWord(last) ? last.toLowerCase() : undefined;
}

export function resolveRoles(
  context: MatchContext,
  mentions: EntityMention[],
  discovered: EntityRecord[],
  /** The state the catalogue already knows a person by (curated, or from an earlier article). */
  knownState: (id: string) => string | undefined = () => undefined,
  /** Whether a word is a title or a connector of the role lexicon ("Minister", «Республики»): not an institution's name. */
  roleWord: (word: string) => boolean = () => false,
): void {
  const byId = new Map(discovered.map((record) => [record.id, record]));
  sharePluralRoles(context, mentions);
  for (const [index, mention] of mentions.entries()) {
    const role = mention.role;
    if (!role || mention.type !== 'person') continue;
    if (role.title.en === 'Counterpart') {
      const other = mentions
        .slice(0, index)
        .reverse()
        .find((before) => before.type === 'person' && before.role && before.role.title.en !== 'Counterpart');
      if (other?.role) role.title = { ...other.role.title };
      else delete mention.role;
    }
    if (mention.role && role.state === undefined) {
      const sentence = sentenceAt(context, role.start);
      const before = mentions.filter(
        (other) =>
          other.type === 'state' &&
          other.end <= role.start &&
          sentenceAt(context, other.start) === sentence &&
          !mentions.some(
            (holder) =>
              holder !== mention && holder.role && other.start >= holder.role.start && other.end <= holder.role.end,
          ),
      );
      // Only when the sentence names exactly one state before the role: otherwise it is a guess.
      const states = new Set(before.map((other) => other.nodeId));
      const institution = HOME_INSTITUTIONS[context.language];
      const companion = companionState(
        context,
        mentions,
        index,
        role.start,
        (id) => byId.get(id)?.state ?? knownState(id),
      );
      if (companion) {
        role.state = companion;
        role.stateSource = 'sentence';
      } else if (institution && institution.pattern.test(context.text.slice(role.start, role.end))) {
        role.state = institution.state;
        role.stateSource = 'institution';
      } else if (
        states.size === 1 &&
        (!COMITATIVE.test(context.text.slice(before[before.length - 1]!.end, role.start)) ||
          destination(context, before[before.length - 1]!))
      ) {
        // "the Indonesian deputy minister held consultations with Deputy Foreign Minister X": the
        // counterpart met "with" is the other side, not of the state named before.
        role.state = [...states][0]!;
        role.stateSource = 'sentence';
      }
    }
    const record = byId.get(mention.nodeId);
    if (record && record.state === undefined && mention.role?.state) record.state = mention.role.state;
  }
  stateFromContext(context, mentions, byId, knownState, roleWord);
}

/**
 * A person whose roles in this article name no state anywhere: the state the catalogue knows them
 * by, else the dateline's ("Yerevan, February 15 … Deputy Foreign Minister Vahan Kostanyan"). Someone
 * given a state by any phrase of the article keeps that one only.
 */
function stateFromContext(
  context: MatchContext,
  mentions: EntityMention[],
  byId: Map<string, EntityRecord>,
  knownState: (id: string) => string | undefined,
  roleWord: (word: string) => boolean,
): void {
  const stated = new Set(mentions.filter((m) => m.type === 'person' && m.role?.state).map((m) => m.nodeId));
  let dateline: string | undefined | null = null;
  for (const mention of mentions) {
    const role = mention.role;
    if (mention.type !== 'person' || !role || role.state || role.organization || stated.has(mention.nodeId)) continue;
    const known = knownState(mention.nodeId);
    if (known) {
      role.state = known;
      role.stateSource = 'known';
      continue;
    }
    // «председателем Сейма Литовской Республики …», later «вице-спикер Сейма X»: the same institution.
    const institution = institutionWord(context, mention, roleWord);
    const earlier =
      institution === undefined
        ? undefined
        : mentions.find(
            (other) =>
              other.type === 'person' &&
              other.start < mention.start &&
              other.role?.state !== undefined &&
              other.role.stateSource === undefined &&
              context.text.slice(other.role.start, other.start).toLowerCase().split(/\s+/u).includes(institution),
          );
    if (earlier?.role?.state) {
      role.state = earlier.role.state;
      role.stateSource = 'sentence';
      const record = byId.get(mention.nodeId);
      if (record && record.state === undefined) record.state = earlier.role.state;
      continue;
    }
    if (dateline === null) dateline = datelineState(context.text) ?? headerState(context.text, mentions);
    if (!dateline) continue;
    role.state = dateline;
    role.stateSource = 'dateline';
    const record = byId.get(mention.nodeId);
    if (record && record.state === undefined) record.state = dateline;
  }
}
