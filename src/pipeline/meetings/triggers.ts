/** Finding the words that announce a meeting in one clause, and what each one is. */
import type { ArticleLanguage } from '../dates/types';
import type { EntityMention } from '../entities/types';
import {
  COMITATIVE,
  EVE_PREFIX,
  FRAME_PREFIX,
  GROUP_OBJECT,
  PLACE_PREPOSITION,
  TRIGGERS,
  type TriggerRule,
} from './lexicon';
import { capitalizedWords, findCity } from './places';
import type { Clause } from './sentences';
import type { MeetingKind } from './types';

export interface Trigger {
  kind: MeetingKind | 'participation';
  start: number;
  end: number;
  text: string;
  /** Named as the setting of another meeting: "during the visit", "on the sidelines of the summit". */
  frame: boolean;
}

/** Kinds that hold people in a room (or on a line) together, as opposed to a visit or summit frame. */
export const MEETING_LIKE = new Set<string>([
  'meeting',
  'talks',
  'consultations',
  'reception',
  'phone_call',
  'video_call',
]);

const CALL_KINDS = new Set(['phone_call', 'video_call']);

const BLOCKED_AFTER_RECEPTION =
  /^\s*(?:участи|участь|участие|решени|рішенн|заявлени|заяв|документ|закон|резолюц|мер|(?:a|an|the)\s+(?:letter|message|invitation|report|call|award|prize|copy|request|note|decision))/iu;

/** The first person after the trigger, within reach, is introduced by "with"/«с»/«з». */
function personWith(
  text: string,
  language: ArticleLanguage,
  mentions: readonly EntityMention[],
  from: number,
  to: number,
): boolean {
  let first: EntityMention | undefined;
  for (const m of mentions) {
    if (m.type === 'person' && m.start >= from && m.start < to && (!first || m.start < first.start)) first = m;
  }
  if (!first) return false;
  const gap = text.slice(from, first.start);
  return COMITATIVE[language].test(gap) && !/[.;:]/u.test(gap);
}

const COMITATIVE_AFTER: Record<ArticleLanguage, RegExp> = {
  ru: /^\s+(?:с|со)\s/iu,
  uk: /^\s+(?:з|із|зі)\s/iu,
  en: /^\s+with\s/iu,
};

function personAfter(mentions: readonly EntityMention[], from: number, to: number): boolean {
  return mentions.some((m) => m.type === 'person' && m.start >= from && m.start < to);
}

/** A state or known city right after the trigger, introduced by "в/до/to/in". */
export function destinationAfter(
  text: string,
  language: ArticleLanguage,
  mentions: readonly EntityMention[],
  from: number,
  to: number,
  /** True when `from` is right after a verb, so a place with no preposition is its object ("visited Kyiv"). */
  afterVerb = true,
): { state?: EntityMention; city?: { en: string; state: string; start: number; end: number } } | null {
  const candidates: {
    start: number;
    state?: EntityMention;
    city?: { en: string; state: string; start: number; end: number };
  }[] = [];
  for (const m of mentions) {
    if (m.type === 'state' && m.form === 'name' && m.start >= from && m.start < to)
      candidates.push({ start: m.start, state: m });
  }
  for (const word of capitalizedWords(text.slice(from, to))) {
    const city = findCity(word.text);
    if (city) {
      candidates.push({
        start: from + word.start,
        city: { en: city.en, state: city.state, start: from + word.start, end: from + word.end },
      });
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    const before = text.slice(Math.max(from, c.start - 24), c.start);
    // "відвідав Київ", "visited Baku": the place right after the verb, with no preposition.
    const direct = afterVerb && c.start - from <= 1 && before.trim() === '';
    if (direct || PLACE_PREPOSITION[language].test(before)) {
      const out: { state?: EntityMention; city?: { en: string; state: string; start: number; end: number } } = {};
      if (c.state) out.state = c.state;
      if (c.city) out.city = c.city;
      return out;
    }
  }
  return null;
}

function matchRules(
  clause: Clause,
  language: ArticleLanguage,
): { rule: TriggerRule; start: number; end: number; text: string }[] {
  const found: { rule: TriggerRule; start: number; end: number; text: string; order: number }[] = [];
  TRIGGERS[language].forEach((rule, order) => {
    rule.pattern.lastIndex = 0;
    for (const m of clause.text.matchAll(rule.pattern)) {
      found.push({ rule, start: clause.start + m.index, end: clause.start + m.index + m[0].length, text: m[0], order });
    }
  });
  found.sort((a, b) => a.start - b.start || a.order - b.order);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}

/** The triggers of a clause, in text order, each checked against what must come with it. */
export function findTriggers(
  text: string,
  clause: Clause,
  language: ArticleLanguage,
  mentions: readonly EntityMention[],
): Trigger[] {
  const matched = matchRules(clause, language);
  const triggers: Trigger[] = [];
  for (const [i, m] of matched.entries()) {
    const next = matched[i + 1]?.start ?? clause.end;
    if (m.rule.needsPersonAfter) {
      if (BLOCKED_AFTER_RECEPTION.test(text.slice(m.end, m.end + 16))) continue;
      // «принял находящегося с рабочим визитом в Баку министра X»: the guest's visit, told in a participle
      // between the verb and the guest, does not end the search for the guest.
      const reach = matched.slice(i + 1).find((t) => t.rule.kind !== 'visit')?.start ?? clause.end;
      // "received the two ministers", «принял обоих министров»: the group the article was just following.
      const group = GROUP_OBJECT[language].test(text.slice(m.end, m.end + 40));
      if (!group && !personAfter(mentions, m.end, Math.min(reach, m.end + 160))) continue;
    }
    if (m.rule.needsPersonWith) {
      if (!personWith(text, language, mentions, m.end, Math.min(next, m.end + 120))) continue;
      // «провів у режимі відеоконференції розмову з X»: the conversation is that call, not a second meeting.
      const previous = triggers[triggers.length - 1];
      if (previous && CALL_KINDS.has(previous.kind) && m.start - previous.end <= 40) continue;
    }
    if (
      m.rule.needsDestination &&
      !destinationAfter(text, language, mentions, m.end, Math.min(clause.end, m.end + 60))
    ) {
      continue;
    }
    const before = text.slice(Math.max(clause.start, m.start - 48), m.start);
    const frame =
      EVE_PREFIX[language].test(before) ||
      new RegExp(`(?:${FRAME_PREFIX[language].source})["»“”]?\\s+(?:[\\p{L}«»"“”-]+\\s+){0,3}$`, 'iu').test(before);
    // "After talks with X", «по итогам переговоров с X»: a meeting named with its counterpart is that
    // meeting itself, told as the time of what follows, not the setting of another one.
    const named = MEETING_LIKE.has(m.rule.kind) && COMITATIVE_AFTER[language].test(text.slice(m.end, m.end + 8));
    triggers.push({ kind: m.rule.kind, start: m.start, end: m.end, text: m.text, frame: frame && !named });
  }
  // "With the participation of" makes a meeting only where nothing else in the clause does.
  const others = triggers.filter((t) => t.kind !== 'participation');
  return others.length > 0 ? others : triggers;
}
