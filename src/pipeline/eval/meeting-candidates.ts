/**
 * Which graph meetings could stand for which gold meeting, and how well.
 *
 * Strong pairs may count a gold meeting as found: one kind family, and either a named
 * participant in common with dates that agree or a quote from the gold sentence (then a date
 * that disagrees is reported as a wrong date, not as a miss plus an invention), or, for a gold
 * meeting that names nobody, its states or a quote from its sentence with dates that agree.
 * Weak pairs only make a graph meeting real: read from the gold sentence, kind family and dates
 * agreeing, but no named participant in common.
 */
import type { MeetingNode } from '../../shared/graph/schema';
import type { GoldArticle, GoldMeeting, GoldOfficial } from './gold';
import { statesOfMeeting, type GraphIndex } from './graph-index';
import { sameKindFamily } from './kind-family';
import { compatibleDates, goldReadings, rightDate } from './meeting-date';
import { isGoldState, isOfficial } from './official-match';

export interface Candidate {
  gold: GoldMeeting;
  meeting: MeetingNode;
  strong: boolean;
  /** The dates agree (overlap) or one side has none. */
  dateCompatible: boolean;
  /** Higher is a better pair; used to assign graph meetings to gold meetings one to one. */
  rank: number;
}

/** Meeting id → the quotes of its edges, to see whether it was read from the gold sentence. */
export type EdgeQuotes = Map<string, { article: string; start: number; end: number }[]>;

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

export function findCandidates(
  index: GraphIndex,
  gold: GoldArticle,
  meetings: readonly MeetingNode[],
  articleText: string,
  quotes: EdgeQuotes,
): Candidate[] {
  const officials = new Map<string, GoldOfficial>(gold.officials.map((o) => [o.name, o]));
  const candidates: Candidate[] = [];
  for (const goldMeeting of gold.meetings) {
    const readings = goldReadings(goldMeeting.date, goldMeeting.acceptDates);
    const evidenceStart = articleText.indexOf(goldMeeting.evidence);
    const evidenceEnd = evidenceStart + goldMeeting.evidence.length;
    for (const meeting of meetings) {
      const kinds = [goldMeeting.kind, ...goldMeeting.acceptKinds];
      if (!kinds.some((kind) => sameKindFamily(kind, meeting.kind))) continue;
      const dateCompatible = compatibleDates(meeting.date, readings);
      const people = [...(index.participants.get(meeting.id) ?? [])].map((id) => index.nodes.get(id));
      const commonPeople = goldMeeting.participants.filter((name) =>
        people.some((node) => node !== undefined && isOfficial(node, officials.get(name)!)),
      ).length;
      const states = [...statesOfMeeting(index, meeting.id)];
      const commonStates = goldMeeting.states.filter((goldState) =>
        states.some((state) => isGoldState(state, goldState, index.nodes)),
      ).length;
      const quotesSentence =
        evidenceStart >= 0 &&
        (quotes.get(meeting.id) ?? []).some(
          (quote) => quote.article === gold.article && quote.start < evidenceEnd && evidenceStart < quote.end,
        );
      const statesLink = goldMeeting.states.length > 0 && commonStates >= Math.min(2, goldMeeting.states.length);
      // With people in common, a date that disagrees is still the same meeting when the node was
      // read from the gold sentence: its date is then wrong, and is reported so.
      const strong =
        goldMeeting.participants.length > 0
          ? commonPeople > 0 && (dateCompatible || quotesSentence)
          : dateCompatible && (statesLink || quotesSentence);
      const weak = !strong && dateCompatible && quotesSentence;
      if (!strong && !weak) continue;
      const rank =
        2 * commonPeople +
        (dateCompatible ? 2 : 0) +
        (rightDate(meeting.date, readings) ? 1 : 0) +
        (quotesSentence ? 1 : 0) +
        0.5 * commonStates +
        (meeting.status === goldMeeting.status ? 0.5 : 0) +
        (goldMeeting.optional ? 0 : 0.25);
      candidates.push({ gold: goldMeeting, meeting, strong, dateCompatible, rank });
    }
  }
  return candidates;
}

/** One graph meeting per gold meeting and back, best-ranked strong pairs first. */
export function assignMeetings(candidates: readonly Candidate[]): Map<GoldMeeting, MeetingNode> {
  const assigned = new Map<GoldMeeting, MeetingNode>();
  const used = new Set<string>();
  for (const candidate of [...candidates].filter((c) => c.strong).sort((a, b) => b.rank - a.rank)) {
    if (assigned.has(candidate.gold) || used.has(candidate.meeting.id)) continue;
    assigned.set(candidate.gold, candidate.meeting);
    used.add(candidate.meeting.id);
  }
  return assigned;
}
