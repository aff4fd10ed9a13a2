/**
 * Meetings in one article: which gold meetings the graph has, how many of the meetings it
 * shows for the article are real, and whether their dates are right.
 *
 * A graph meeting matches a gold meeting when they are of one kind family, their dates (if
 * both have one) overlap, and they share a named participant; a gold meeting with no named
 * participant matches on its states, or on a quote from the same words of the text.
 */
import type { MeetingNode } from '../../shared/graph/schema';
import type { GoldArticle, GoldMeeting, GoldOfficial } from './gold';
import { meetingsWithEvidenceIn, statesOfMeeting, type GraphIndex } from './graph-index';
import { compatibleDates, goldReadings, rightDate, type DateValue } from './meeting-date';
import { isGoldState, isOfficial } from './official-match';
import { sameKindFamily } from './kind-family';

export interface MeetingScore {
  required: number;
  found: number;
  missed: { kind: string; participants: string[]; evidence: string }[];
  /** Meetings the graph holds with evidence in this article, and how many match a gold meeting. */
  extracted: number;
  extractedReal: number;
  /** Real, but a second node for a gold meeting another node already stands for. */
  duplicates: number;
  unreal: { id: string; kind: string; label: string }[];
  /** Found meetings whose gold gives a date, and how many have that date at that precision. */
  dateChecked: number;
  dateRight: number;
  wrongDate: { evidence: string; expected: string; got: string }[];
  /** Found meetings with the gold status (held or planned). */
  statusRight: number;
  /** Found meetings whose graph participants include every gold participant and no other named official. */
  participantsRight: number;
  wrongParticipants: { evidence: string; missing: string[]; extra: string[] }[];
}

interface Candidate {
  gold: GoldMeeting;
  meeting: MeetingNode;
  score: number;
}

function formatDate(date: DateValue | undefined): string {
  if (date === undefined) return 'none';
  return date.end === undefined || date.end === date.start ? date.start : `${date.start}..${date.end}`;
}

function quotedSpans(meetingId: string, article: string, edges: EdgeQuotes): [number, number][] {
  return (edges.get(meetingId) ?? []).filter((q) => q.article === article).map((q) => [q.start, q.end]);
}

/** Meeting id → the quotes of its edges, to see whether it was read from the gold sentence. */
export type EdgeQuotes = Map<string, { article: string; start: number; end: number }[]>;

export function scoreMeetings(
  index: GraphIndex,
  gold: GoldArticle,
  articleText: string,
  edgeQuotes: EdgeQuotes,
): MeetingScore {
  const meetings = meetingsWithEvidenceIn(index, gold.article);
  const officials = new Map<string, GoldOfficial>(gold.officials.map((o) => [o.name, o]));

  const candidates: Candidate[] = [];
  for (const goldMeeting of gold.meetings) {
    const readings = goldReadings(goldMeeting.date, goldMeeting.acceptDates);
    const evidenceStart = articleText.indexOf(goldMeeting.evidence);
    const evidenceEnd = evidenceStart + goldMeeting.evidence.length;
    for (const meeting of meetings) {
      if (!sameKindFamily(goldMeeting.kind, meeting.kind)) continue;
      if (!compatibleDates(meeting.date, readings)) continue;
      const people = [...(index.participants.get(meeting.id) ?? [])].map((id) => index.nodes.get(id)!);
      const commonPeople = goldMeeting.participants.filter((name) =>
        people.some((node) => node && isOfficial(node, officials.get(name)!)),
      ).length;
      const states = [...statesOfMeeting(index, meeting.id)];
      const commonStates = goldMeeting.states.filter((goldState) =>
        states.some((state) => isGoldState(state, goldState, index.nodes)),
      ).length;
      const quotesSentence = quotedSpans(meeting.id, gold.article, edgeQuotes).some(
        ([start, end]) => evidenceStart >= 0 && start < evidenceEnd && evidenceStart < end,
      );
      const linked =
        goldMeeting.participants.length > 0
          ? commonPeople > 0
          : (goldMeeting.states.length > 0 && commonStates >= Math.min(2, goldMeeting.states.length)) || quotesSentence;
      if (!linked) continue;
      const score =
        2 * commonPeople +
        0.5 * commonStates +
        (quotesSentence ? 1 : 0) +
        (rightDate(meeting.date, readings) ? 1 : 0) +
        (meeting.status === goldMeeting.status ? 0.5 : 0) +
        (goldMeeting.optional ? 0 : 0.25);
      candidates.push({ gold: goldMeeting, meeting, score });
    }
  }

  // One graph meeting stands for one gold meeting: best pairs first.
  candidates.sort((a, b) => b.score - a.score);
  const assigned = new Map<GoldMeeting, MeetingNode>();
  const used = new Set<string>();
  for (const candidate of candidates) {
    if (assigned.has(candidate.gold) || used.has(candidate.meeting.id)) continue;
    assigned.set(candidate.gold, candidate.meeting);
    used.add(candidate.meeting.id);
  }

  const score: MeetingScore = {
    required: 0,
    found: 0,
    missed: [],
    extracted: meetings.length,
    extractedReal: 0,
    duplicates: 0,
    unreal: [],
    dateChecked: 0,
    dateRight: 0,
    wrongDate: [],
    statusRight: 0,
    participantsRight: 0,
    wrongParticipants: [],
  };
  for (const goldMeeting of gold.meetings.filter((m) => !m.optional)) {
    score.required += 1;
    const meeting = assigned.get(goldMeeting);
    if (!meeting) {
      score.missed.push({
        kind: goldMeeting.kind,
        participants: goldMeeting.participants,
        evidence: goldMeeting.evidence,
      });
      continue;
    }
    score.found += 1;
    if (meeting.status === goldMeeting.status) score.statusRight += 1;
    const people = [...(index.participants.get(meeting.id) ?? [])]
      .map((id) => index.nodes.get(id))
      .filter((node) => node?.type === 'person');
    const missing = goldMeeting.participants.filter(
      (name) => !people.some((node) => isOfficial(node!, officials.get(name)!)),
    );
    // An extra is anyone the graph seats at a meeting where the text does not name them.
    const extra = people
      .filter((node) => !goldMeeting.participants.some((name) => isOfficial(node!, officials.get(name)!)))
      .map((node) => node!.label.en ?? node!.id);
    if (missing.length === 0 && extra.length === 0) score.participantsRight += 1;
    else score.wrongParticipants.push({ evidence: goldMeeting.evidence, missing, extra });
    const readings = goldReadings(goldMeeting.date, goldMeeting.acceptDates);
    if (readings.length === 0) continue;
    score.dateChecked += 1;
    if (rightDate(meeting.date, readings)) score.dateRight += 1;
    else
      score.wrongDate.push({
        evidence: goldMeeting.evidence,
        expected: formatDate(goldMeeting.date),
        got: formatDate(meeting.date),
      });
  }
  const candidateIds = new Set(candidates.map((c) => c.meeting.id));
  for (const meeting of meetings) {
    if (used.has(meeting.id)) score.extractedReal += 1;
    else if (candidateIds.has(meeting.id)) {
      score.extractedReal += 1;
      score.duplicates += 1;
    } else {
      score.unreal.push({
        id: meeting.id,
        kind: meeting.kind,
        label: meeting.label.en ?? Object.values(meeting.label)[0] ?? '',
      });
    }
  }
  return score;
}

/** Collects, once per graph, the quotes on each meeting's edges. */
export function meetingQuotes(
  edges: readonly { source: string; target: string; evidence: { article: string; start: number; end: number }[] }[],
): EdgeQuotes {
  const quotes: EdgeQuotes = new Map();
  for (const edge of edges) {
    for (const id of [edge.source, edge.target]) {
      if (!id.startsWith('meeting:')) continue;
      const list = quotes.get(id) ?? [];
      list.push(...edge.evidence);
      quotes.set(id, list);
    }
  }
  return quotes;
}
