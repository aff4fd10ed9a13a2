/** What an article reports: events (meetings of the synthetic population) and how they nest. */

export type EventKind = 'meeting' | 'reception' | 'talks' | 'phone_call' | 'consultations' | 'visit' | 'summit';
export type VisitKind = 'official' | 'state' | 'working';

export interface WorldEvent {
  index: number;
  kind: EventKind;
  visitKind?: VisitKind;
  /** Day number (calendar.ts). */
  day: number;
  status: 'held' | 'planned';
  /** Person indices; for a reception the host comes first, for a visit the visitor. */
  participants: number[];
  /** Where it takes place (state index); none for a phone call. */
  place?: number;
  /** The organization whose summit it is. */
  organization?: number;
  /** The visit or summit this meeting is part of. */
  parent?: number;
}

/** One article's subject: a main event and the meetings within it. */
export interface Story {
  main: number;
  within: number[];
}
