/** The shape every language's phrasebook fills in. */
import type { EventKind, WorldEvent } from '../story';
import type { Segment } from '../writer';

export interface SentenceContext {
  event: WorldEvent;
  /** The event's date as the text gives it: "22 мая", "22 травня 2024 року", "22 May". */
  date: string;
  /** The month phrase for background mentions: "в апреле 2021 года". */
  month: string;
  /** Picks the verb form that agrees with the person's gender. */
  agree: (person: number, male: string, female: string) => string;
}

export type Template = (context: SentenceContext) => Segment[];

export interface Phrasebook {
  held: Record<EventKind, Template[]>;
  planned: Record<EventKind, Template[]>;
  /** A meeting within a visit or a summit; the context's event is the inner meeting. */
  within: { visit: Template[]; summit: Template[] };
  /** An earlier meeting, mentioned in passing; the first participant is already named in the article. */
  background: { call: Template[]; meeting: Template[] };
  fillers: string[];
  organizationFiller: ((organization: number) => Segment[])[];
  dateline: (capital: string, date: string, outlet: string) => string;
  wires: string[];
  ministry: (stateGenitive: string) => string;
  presidency: (stateGenitive: string) => string;
  /** The headline from the participants' names ("Карамов и Белин") and the event. */
  title: (names: string, event: WorldEvent) => string;
  published: (date: string) => string;
}

export const person = (index: number, grammaticalCase: 'nom' | 'gen' | 'acc' | 'ins', short = false): Segment =>
  short ? { person: index, case: grammaticalCase, short } : { person: index, case: grammaticalCase };
export const state = (index: number, grammaticalCase: 'nom' | 'gen' | 'acc' | 'loc'): Segment => ({
  state: index,
  case: grammaticalCase,
});
export const place = (index: number): Segment => ({ place: index });
export const organization = (index: number, grammaticalCase: 'nom' | 'gen' | 'ins'): Segment => ({
  organization: index,
  case: grammaticalCase,
});

/** "A, B и C": a list of people in one case. */
export function people(indices: number[], grammaticalCase: 'nom' | 'gen', and: string): Segment[] {
  const segments: Segment[] = [];
  indices.forEach((index, i) => {
    if (i > 0) segments.push(i === indices.length - 1 ? ` ${and} ` : ', ');
    segments.push(person(index, grammaticalCase));
  });
  return segments;
}
