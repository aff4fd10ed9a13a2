/**
 * "Дипломаты также обсудили нормализацию отношений между Азербайджаном и Арменией": a sentence whose
 * predicate is a discussion verb and that announces no meeting of its own tells what the meeting before
 * it was about. The states and organizations it names after the verb become that meeting's `discussed`
 * subjects, with the sentence as evidence. Conservative: a sentence whose subject is someone outside
 * the meeting ("Парламент Грузии обсудил …") says nothing about it, a sentence that names a meeting word
 * of its own («… договоренностей, достигнутых в ходе визита …») is left alone, and the meeting's own sides
 * ("сотрудничество между Азербайджаном и Казахстаном" in an Azerbaijani–Kazakh meeting) are no subject of it.
 */
import { spanOf } from '../../shared/dates/iso';
import type { ArticleLanguage } from '../dates/types';
import type { EntityMention } from '../entities/types';
import { CLAUSE_TRIGGER, DISCUSSION } from './lexicon';
import type { MeetingCandidate, ParticipantRef, Span } from './types';

/** The states the meeting's sides act for: their people's role states, and states taking part as such. */
function sidesOf(meeting: MeetingCandidate, allMentions: readonly EntityMention[]): Set<string> {
  const people = new Set(meeting.persons.map((p) => p.nodeId));
  const sides = new Set<string>(meeting.organizations.map((o) => o.nodeId));
  for (const m of allMentions) {
    if (m.type === 'person' && people.has(m.nodeId) && m.role?.state) sides.add(m.role.state);
  }
  return sides;
}

/**
 * The meeting a discussion sentence goes back to: the last one held, passing over plans ("the next round
 * will be held in Kyiv") and background mentions of meetings more than a month before the article
 * ("в марте прошлого года"), which the article recalls rather than reports. The verbs are past tense.
 */
export function discussedMeeting(
  candidates: readonly MeetingCandidate[],
  published: string,
): MeetingCandidate | undefined {
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const c = candidates[i]!;
    if (c.status !== 'held' || (c.date && isBackground(c.date, published))) continue;
    return c;
  }
  return undefined;
}

/** A date that ends more than a month before the article's publication: a meeting recalled, not reported. */
export function isBackground(date: { start: string; end?: string }, published: string): boolean {
  const article = spanOf(published);
  const span = spanOf(date.start, date.end);
  if (!article || !span) return false;
  const cutoff = new Date(Date.parse(article.first) - 31 * 86_400_000).toISOString().slice(0, 10);
  return span.last < cutoff;
}

/** The subjects a discussion sentence adds to `meeting`; empty when the sentence is not about it. */
export function discussedTopics(
  text: string,
  language: ArticleLanguage,
  sentence: Span,
  /** The mentions inside the sentence, in text order. */
  mentions: readonly EntityMention[],
  meeting: MeetingCandidate,
  allMentions: readonly EntityMention[],
): ParticipantRef[] {
  const said = text.slice(sentence.start, sentence.end);
  const verb = DISCUSSION[language].exec(said);
  if (!verb || CLAUSE_TRIGGER[language].test(said)) return [];
  const verbStart = sentence.start + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const sides = sidesOf(meeting, allMentions);
  const people = new Set(meeting.persons.map((p) => p.nodeId));
  // Who discusses: anyone named before the verb must belong to the meeting.
  for (const m of mentions) {
    if (m.end > verbStart) break;
    if (m.type === 'person' && !people.has(m.nodeId)) return [];
    if (m.type !== 'person' && !sides.has(m.nodeId)) return [];
  }
  const roles = mentions.filter((m) => m.type === 'person' && m.role).map((m) => m.role!);
  const insideRole = (m: EntityMention) => roles.some((r) => m.start >= r.start && m.end <= r.end);
  const topics: ParticipantRef[] = [];
  for (const m of mentions) {
    if (m.start < verbEnd || m.type === 'person' || insideRole(m)) continue;
    // One of the sides ("российско-азербайджанских", "between Azerbaijan and Kazakhstan") is the meeting itself.
    if (sides.has(m.nodeId) || m.form === 'role') continue;
    if (topics.some((t) => t.nodeId === m.nodeId)) continue;
    topics.push({ nodeId: m.nodeId, evidence: [{ start: sentence.start, end: sentence.end }] });
  }
  return topics;
}
