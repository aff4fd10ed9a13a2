/**
 * Who takes part in the meeting a trigger announces: the subject before it (with people joined
 * to it by "and"), the counterparts after it, or, where the clause leaves the subject unsaid
 * ("the visit began with a meeting with X", "he was received by Y", "the sides held talks"),
 * the people the article was just talking about.
 */
import type { ArticleLanguage } from '../dates/types';
import type { EntityMention } from '../entities/types';
import {
  ATTENDED,
  COMITATIVE,
  GROUP_ANAPHORA,
  GROUP_OBJECT,
  HEAD_OF_STATE_TITLE,
  HEADS_OF_STATE,
  OBJECT_PRONOUN,
  REPORTING,
  SUBJECT_PRONOUN,
} from './lexicon';
import type { Clause } from './sentences';
import { MEETING_LIKE, type Trigger } from './triggers';
import type { ParticipantRef, Span } from './types';

/** What the article has said so far, that a clause may refer back to. */
export interface Discourse {
  /** The one the article follows: the visitor, the subject of the last meeting. */
  actor?: ParticipantRef;
  /** The people of the last meeting with two or more, for "the sides". */
  group?: ParticipantRef[];
}

export interface TriggerPeople {
  persons: ParticipantRef[];
  /** True when nobody was named and the people came from context. */
  implied: boolean;
}

/** "The visit began…", "during his visit": the visit is the one the article follows; "the visit of the President of X" is not. */
const OWN_VISIT = /(?:^\s*(?:the\s+)?|(?:своего|своей|свого|своєї|його|її|his|her|its)\s+(?:\p{L}+\s+)?)$/iu;

const CONJUNCTION = /^[\s,]*(?:и|і|та|й|and|&|разом (?:із|з)|вместе с|совместно с|спільно з|together with)\s/iu;

function ref(mention: EntityMention, clause: Span): ParticipantRef {
  return { nodeId: mention.nodeId, evidence: [{ start: clause.start, end: clause.end }] };
}

function addUnique(list: ParticipantRef[], item: ParticipantRef): void {
  const found = list.find((p) => p.nodeId === item.nodeId);
  if (found) found.evidence.push(...item.evidence.filter((e) => !found.evidence.some((f) => f.start === e.start)));
  else list.push(item);
}

const OBJECT_WITH = /(?<!\p{L})(?:with|с|со|з|із|зі)\s+(?:the\s+)?$/iu;
const DELEGATION_LED = /(?:делегаци\p{L}*|delegations?)\s+(?:во главе со?|на чолі з|на чолі із|led by|headed by)\s/iu;

const LED_BY = /(?:во главе с|на чолі з|на чолі із|led by|headed by)\s+(?:the\s+)?$/iu;

const VERB_WITH = /^\s+(?:\p{L}+\s+){1,2}(?:with|с|со|з|із|зі)\s+(?:the\s+)?$/iu;

/** People named before the first trigger, or after a "said that" whose speaker is not meeting anyone. */
function subjectGroup(
  text: string,
  people: EntityMention[],
  from: number,
  trigger: Trigger,
  nearest: boolean,
): EntityMention[] {
  const before = people.filter((m) => m.start >= from && m.end <= trigger.start);
  if (before.length === 0) return [];
  const named = before.filter((m) => m.form !== 'role');
  const pool = named.length > 0 ? named : before;
  const head = nearest ? pool[pool.length - 1]! : pool[0]!;
  const group = [head];
  for (const m of before.filter((x) => x.start > head.end)) {
    const gap = text.slice(group[group.length - 1]!.end, m.start);
    // "X talked with Y by phone", «X поговорил с Y по телефону»: a verb and "with" put Y in the meeting too.
    if (!CONJUNCTION.test(gap) && !(group.length === 1 && VERB_WITH.test(gap))) break;
    group.push(m);
  }
  return group;
}

/** The last two heads of state the article named before `at` ("the heads of the two states"). */
function headsOfState(text: string, people: readonly EntityMention[], at: number): EntityMention[] {
  const found: EntityMention[] = [];
  const titled = (m: EntityMention, i: number): boolean => {
    if (m.role && HEAD_OF_STATE_TITLE.test(Object.values(m.role.title).join(' '))) return true;
    if (HEAD_OF_STATE_TITLE.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
    // "президентов A и B": B shares A's title.
    const previous = people[i - 1];
    return previous !== undefined && CONJUNCTION.test(text.slice(previous.end, m.start)) && titled(previous, i - 1);
  };
  for (let i = people.length - 1; i >= 0 && found.length < 2; i -= 1) {
    const m = people[i]!;
    if (m.start >= at) continue;
    if (titled(m, i) && !found.some((f) => f.nodeId === m.nodeId)) found.push(m);
  }
  return found.reverse();
}

/** The people a trigger's meeting brings together, per the rules above. */
export function peopleFor(
  text: string,
  language: ArticleLanguage,
  clause: Clause,
  trigger: Trigger,
  regionEnd: number,
  people: readonly EntityMention[],
  allPeople: readonly EntityMention[],
  discourse: Discourse,
): TriggerPeople {
  const inClause = people.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const persons: ParticipantRef[] = [];
  const carried = () => {
    if (discourse.actor)
      addUnique(persons, { nodeId: discourse.actor.nodeId, evidence: [...discourse.actor.evidence, clause] });
  };

  // A speaker ("X said that …") is not a participant, unless "he" then takes the action.
  let from = clause.start;
  let speaker: EntityMention | undefined;
  const reporting = REPORTING[language].exec(text.slice(clause.start, trigger.start));
  if (reporting) {
    speaker = inClause.find((m) => m.end <= clause.start + reporting.index);
    from = clause.start + reporting.index + reporting[0].length;
  }
  const leadIn = text.slice(from, trigger.start);

  if (trigger.kind === 'visit') {
    const after = inClause.find((m) => m.start >= trigger.end && m.start < regionEnd);
    const gap = after ? text.slice(trigger.end, after.start) : '';
    // «…визитом в нашей стране делегацией во главе с председателем X»: the visit is the delegation's, so its head's.
    const genitive =
      after &&
      gap.length <= 120 &&
      !/[,;:–—]/u.test(gap) &&
      (!COMITATIVE[language].test(gap) || DELEGATION_LED.test(gap));
    if (genitive) addUnique(persons, ref(after, clause));
    else {
      const subject = subjectGroup(text, inClause, from, trigger, true);
      if (subject.length > 0) subject.forEach((m) => addUnique(persons, ref(m, clause)));
      else if (speaker && SUBJECT_PRONOUN[language].test(leadIn)) addUnique(persons, ref(speaker, clause));
      else if (OWN_VISIT.test(leadIn)) carried();
    }
    return { persons, implied: !genitive && persons.every((p) => p.evidence.length > 1) };
  }

  // "a meeting of the heads of state", or "the two presidents co-chaired …" as the subject.
  const heads =
    HEADS_OF_STATE[language].test(text.slice(trigger.start, Math.min(regionEnd, trigger.end + 40))) ||
    HEADS_OF_STATE[language].test(text.slice(Math.max(from, trigger.start - 60), trigger.start))
      ? headsOfState(text, allPeople, trigger.start)
      : [];
  if (trigger.kind === 'participation') {
    const after = inClause.filter((m) => m.start >= trigger.end && m.start < regionEnd);
    for (const m of after.length > 0 ? after : heads) addUnique(persons, { ...ref(m, clause), evidence: [clause] });
    return { persons, implied: after.length === 0 };
  }

  let subject = subjectGroup(text, inClause, from, trigger, false);
  // "X led the delegation to the conference, where the sides held their first meeting": "the sides",
  // nearer the trigger than X, are its subject.
  const lastSubject = subject[subject.length - 1];
  if (
    lastSubject &&
    discourse.group &&
    trigger.kind !== 'summit' &&
    GROUP_ANAPHORA[language].test(text.slice(lastSubject.end, trigger.start))
  )
    subject = [];
  // A summit's people are only those the clause names as attending it.
  if (trigger.kind === 'summit') {
    if (!trigger.frame) subject.forEach((m) => addUnique(persons, ref(m, clause)));
    // «Глава государства также принял участие в неформальной встрече лидеров»: the one followed.
    if (!trigger.frame && subject.length === 0 && ATTENDED[language].test(leadIn)) {
      carried();
      return { persons, implied: true };
    }
    return { persons, implied: false };
  }
  const counterparts = MEETING_LIKE.has(trigger.kind)
    ? inClause.filter((m) => m.start >= trigger.end && m.start < regionEnd)
    : [];
  let implied = false;
  // "The minister talked with X by phone": X, named before the trigger but after "with", is the
  // counterpart; the one who talked is the person the article follows.
  const head = subject[0];
  if (
    head &&
    MEETING_LIKE.has(trigger.kind) &&
    discourse.actor &&
    discourse.actor.nodeId !== head.nodeId &&
    OBJECT_WITH.test(
      text.slice(Math.max(from, (head.role?.start ?? head.start) - 40), head.role?.start ?? head.start),
    ) &&
    !LED_BY.test(text.slice(Math.max(from, (head.role?.start ?? head.start) - 40), head.role?.start ?? head.start))
  ) {
    carried();
    implied = true;
  }
  if (subject.length > 0) subject.forEach((m) => addUnique(persons, ref(m, clause)));
  else if (speaker && SUBJECT_PRONOUN[language].test(leadIn)) addUnique(persons, ref(speaker, clause));
  else if (heads.length === 2 && counterparts.length === 0) {
    heads.forEach((m) => addUnique(persons, { nodeId: m.nodeId, evidence: [clause] }));
    implied = true;
  } else if (GROUP_ANAPHORA[language].test(leadIn) && discourse.group) {
    discourse.group.forEach((p) =>
      addUnique(persons, { nodeId: p.nodeId, evidence: [...p.evidence.slice(0, 1), clause] }),
    );
    implied = true;
  } else if (MEETING_LIKE.has(trigger.kind)) {
    const firstAfter = counterparts[0];
    const comitative = firstAfter && COMITATIVE[language].test(text.slice(trigger.end, firstAfter.start));
    // "X said …, speaking after talks with Y": the speaker is the one who held them.
    if (comitative && speaker) addUnique(persons, ref(speaker, clause));
    else if (comitative || OBJECT_PRONOUN[language].test(leadIn) || clause.relativeFrame || counterparts.length === 1) {
      carried();
      implied = true;
    }
  }
  counterparts.forEach((m) => addUnique(persons, ref(m, clause)));
  if (
    counterparts.length === 0 &&
    discourse.group &&
    GROUP_OBJECT[language].test(text.slice(trigger.end, trigger.end + 40))
  )
    discourse.group.forEach((p) =>
      addUnique(persons, { nodeId: p.nodeId, evidence: [...p.evidence.slice(0, 1), clause] }),
    );
  return { persons, implied };
}
