/** What meeting extraction finds in one article, before meetings from all articles are merged. */
import type { ArticleLanguage, DateMention } from '../dates/types';
import type { EntityMention } from '../entities/types';

export const MEETING_KINDS = [
  'meeting',
  'visit',
  'talks',
  'consultations',
  'phone_call',
  'video_call',
  'summit',
  'reception',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** A span of the article text that states something. */
export interface Span {
  start: number;
  end: number;
}

/** How a meeting's date was reached, most trusted first. */
export type DateSource = 'stated' | 'visit-day' | 'same-day' | 'context' | 'article-date' | 'none';

/** The article as meeting extraction reads it: text, entity mentions and date mentions, all offset into `text`. */
export interface MeetingArticle {
  id: string;
  text: string;
  language: ArticleLanguage;
  published: string;
  /** Page furniture that is not read. */
  setAside?: Span[];
  mentions: EntityMention[];
  dates: DateMention[];
  /** Finds dates in a piece of text with a given tense, to re-read a clause that speaks of the future. */
  findDates?: (text: string, tense: 'past' | 'future') => DateMention[];
}

export interface ParticipantRef {
  /** Node id of a person, state or organization. */
  nodeId: string;
  /** Where the text names or implies them: the clause, and for an implied one the sentence it was carried from. */
  evidence: Span[];
}

export interface MeetingCandidate {
  article: string;
  kind: MeetingKind;
  status: 'held' | 'planned';
  /** The clause that states the meeting. */
  clause: Span;
  /** Position of the trigger word, for ordering and nearest-date choices. */
  trigger: Span;
  /** People who took part; the first is the subject (the one who visited, received or met). */
  persons: ParticipantRef[];
  /** Organizations or states taking part as such: the organization whose summit it is, the state whose unnamed leader visits. */
  organizations: ParticipantRef[];
  /** Organizations and states named as subjects of the meeting. */
  discussed: ParticipantRef[];
  /** Where it took place: a state, and the place as the text names it. */
  heldIn?: ParticipantRef;
  place?: string;
  date?: { start: string; end?: string };
  dateText?: string;
  dateSource: DateSource;
  /** Named as the setting of another meeting ("during the visit", "on the sidelines of the summit"). */
  frame: boolean;
  /** A sitting of a standing body ("the third meeting of the intergovernmental commission"): never the talks beside it. */
  sitting?: boolean;
  /** Index (in this article's candidates) of the visit or summit this meeting belongs to. */
  partOf?: number;
}
