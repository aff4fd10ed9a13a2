/**
 * Meetings in one article: which gold meetings the graph has, how many of the meetings it
 * shows for the article are real, and whether their dates, status and participants are right.
 * How a graph meeting is paired with a gold one is in meeting-candidates.ts.
 */
import type { GoldArticle, GoldOfficial } from './gold';
import { meetingsWithEvidenceIn, type GraphIndex } from './graph-index';
import { assignMeetings, findCandidates, type EdgeQuotes } from './meeting-candidates';
import { goldReadings, rightDate, type DateValue } from './meeting-date';
import { isOfficial } from './official-match';

export { meetingQuotes, type EdgeQuotes } from './meeting-candidates';

export interface MeetingScore {
  required: number;
  found: number;
  missed: { kind: string; participants: string[]; evidence: string }[];
  /** Meetings the graph holds with evidence in this article, and how many are meetings the text describes. */
  extracted: number;
  extractedReal: number;
  /** Real, but a second node for a gold meeting another node already stands for. */
  duplicates: number;
  /** Real (read from the right sentence), but with none of the named participants. */
  partial: { id: string; evidence: string }[];
  unreal: { id: string; kind: string; label: string }[];
  /** Found meetings whose gold gives a date, and how many have that date at that precision. */
  dateChecked: number;
  dateRight: number;
  wrongDate: { evidence: string; expected: string; got: string }[];
  /** Found meetings with the gold status (held or planned). */
  statusRight: number;
  /** Found meetings whose graph participants include every gold participant and nobody else. */
  participantsRight: number;
  wrongParticipants: { evidence: string; missing: string[]; extra: string[] }[];
}

function formatDate(date: DateValue | undefined): string {
  if (date === undefined) return 'none';
  return date.end === undefined || date.end === date.start ? date.start : `${date.start}..${date.end}`;
}

export function scoreMeetings(
  index: GraphIndex,
  gold: GoldArticle,
  articleText: string,
  quotes: EdgeQuotes,
): MeetingScore {
  const meetings = meetingsWithEvidenceIn(index, gold.article);
  const officials = new Map<string, GoldOfficial>(gold.officials.map((o) => [o.name, o]));
  const candidates = findCandidates(index, gold, meetings, articleText, quotes);
  const assigned = assignMeetings(candidates);
  const score: MeetingScore = {
    required: 0,
    found: 0,
    missed: [],
    extracted: meetings.length,
    extractedReal: 0,
    duplicates: 0,
    partial: [],
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
      const { kind, participants, evidence } = goldMeeting;
      score.missed.push({ kind, participants, evidence });
      continue;
    }
    score.found += 1;
    if (meeting.status === goldMeeting.status) score.statusRight += 1;

    const readings = goldReadings(goldMeeting.date, goldMeeting.acceptDates);
    if (readings.length > 0) {
      score.dateChecked += 1;
      if (rightDate(meeting.date, readings)) score.dateRight += 1;
      else {
        const expected = formatDate(goldMeeting.date);
        score.wrongDate.push({ evidence: goldMeeting.evidence, expected, got: formatDate(meeting.date) });
      }
    }

    const people = [...(index.participants.get(meeting.id) ?? [])]
      .map((id) => index.nodes.get(id))
      .filter((node) => node?.type === 'person');
    const isNamed = (name: string) => people.some((node) => isOfficial(node!, officials.get(name)!));
    const missing = goldMeeting.participants.filter((name) => !isNamed(name));
    // An extra is anyone the graph seats at a meeting where the text does not name them.
    const extra = people
      .filter((node) => !goldMeeting.participants.some((name) => isOfficial(node!, officials.get(name)!)))
      .map((node) => node!.label.en ?? node!.id);
    if (missing.length === 0 && extra.length === 0) score.participantsRight += 1;
    else score.wrongParticipants.push({ evidence: goldMeeting.evidence, missing, extra });
  }

  const used = new Set([...assigned.values()].map((meeting) => meeting.id));
  for (const meeting of meetings) {
    const own = candidates.filter((c) => c.meeting.id === meeting.id);
    if (used.has(meeting.id)) {
      score.extractedReal += 1;
    } else if (own.some((c) => c.strong && c.dateCompatible)) {
      score.extractedReal += 1;
      score.duplicates += 1;
    } else if (own.some((c) => c.dateCompatible)) {
      score.extractedReal += 1;
      score.partial.push({ id: meeting.id, evidence: own[0]!.gold.evidence });
    } else {
      const label = meeting.label.en ?? Object.values(meeting.label)[0] ?? '';
      score.unreal.push({ id: meeting.id, kind: meeting.kind, label });
    }
  }
  return score;
}
