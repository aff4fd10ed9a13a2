/**
 * Renders template segments into article text, recording where every mention and every event
 * sentence lands, so the generator knows the truth behind each file (offsets into the text).
 */
import { type Language } from './calendar';
import { type Case } from './lexicon/forms';
import { POST_TITLES } from './lexicon/roles';
import { roleOn, type Population } from './population';

/** A piece of a sentence: plain words, or a person, state, organization or place to name. */
export type Segment =
  | string
  | { person: number; case: Case; short?: boolean }
  | { state: number; case: Case }
  | { organization: number; case: Case }
  | { place: number };

export interface PersonMention {
  person: number;
  start: number;
  end: number;
  /** The role phrase with the name, when the mention gave one. */
  role?: { state: number; organization?: number; start: number; end: number };
}

export interface EventSentence {
  event: number;
  start: number;
  end: number;
}

export interface Written {
  text: string;
  people: PersonMention[];
  states: { state: number; start: number; end: number }[];
  organizations: { organization: number; start: number; end: number }[];
  events: EventSentence[];
}

export class Writer {
  private text = '';
  private readonly result: Omit<Written, 'text'> = { people: [], states: [], organizations: [], events: [] };

  constructor(
    private readonly world: Population,
    readonly language: Language,
    /** The day the article speaks of, to pick each person's role at that time. */
    private readonly day: number,
  ) {}

  raw(words: string): void {
    this.text += words;
  }

  /** Writes one sentence (first letter capitalized) and ties it to the events it reports. */
  sentence(segments: Segment[], events: number[] = []): void {
    const start = this.text.length;
    segments.forEach((segment) => this.segment(segment));
    const first = this.text.charAt(start);
    this.text = this.text.slice(0, start) + first.toUpperCase() + this.text.slice(start + 1);
    for (const event of events) this.result.events.push({ event, start, end: this.text.length });
  }

  finish(): Written {
    return { text: this.text, ...this.result };
  }

  private segment(segment: Segment): void {
    if (typeof segment === 'string') {
      this.text += segment;
    } else if ('person' in segment) {
      this.person(segment.person, segment.case, segment.short === true);
    } else if ('state' in segment) {
      this.state(segment.state, segment.case);
    } else if ('organization' in segment) {
      this.organization(segment.organization, segment.case);
    } else {
      this.place(segment.place);
    }
  }

  private state(index: number, grammaticalCase: Case): void {
    const state = this.world.states[index]!;
    const start = this.text.length;
    this.text += this.language === 'en' ? state.en : state[this.language][grammaticalCase];
    this.result.states.push({ state: index, start, end: this.text.length });
  }

  private organization(index: number, grammaticalCase: Case): void {
    const organization = this.world.organizations[index]!;
    const start = this.text.length;
    this.text +=
      this.language === 'en'
        ? (organization.acronym?.en ?? organization.en)
        : organization[this.language][grammaticalCase];
    this.result.organizations.push({ organization: index, start, end: this.text.length });
  }

  private place(index: number): void {
    const state = this.world.states[index]!;
    const capital = state.capital;
    const local = this.language === 'ru' ? capital.ruLoc : this.language === 'uk' ? capital.ukLoc : capital.en;
    if (local !== undefined) this.text += local;
    else this.state(index, 'loc');
  }

  private person(index: number, grammaticalCase: Case, short: boolean): void {
    const person = this.world.people[index]!;
    const language = this.language;
    const name = short ? person.surname : person.name;
    const nameText = language === 'en' ? name.en : name[language][grammaticalCase];
    const role = short ? undefined : roleOn(person, this.day);
    if (role === undefined) {
      const start = this.text.length;
      this.text += nameText;
      this.result.people.push({ person: index, start, end: this.text.length });
      return;
    }
    const roleStart = this.text.length;
    const title = POST_TITLES[role.post];
    if (language === 'en') {
      const organization = role.organization !== undefined ? this.world.organizations[role.organization] : undefined;
      const [before, after] = title.en.split(/\{state\}|\{organization\}/) as [string, string | undefined];
      this.text += before;
      if (organization) this.organization(role.organization!, 'gen');
      else this.state(role.state, 'gen');
      this.text += after ?? '';
      if (role.host !== undefined) {
        this.text += ' to ';
        this.state(role.host, 'acc');
      }
      this.text += ' ';
    } else {
      this.text += `${title[language][grammaticalCase]} `;
      if (role.organization !== undefined) this.organization(role.organization, 'gen');
      else this.state(role.state, 'gen');
      if (role.host !== undefined) {
        this.text += language === 'ru' ? ' в ' : ' в ';
        this.state(role.host, 'loc');
      }
      this.text += ' ';
    }
    const start = this.text.length;
    this.text += nameText;
    const end = this.text.length;
    const mention: PersonMention = { person: index, start, end, role: { state: role.state, start: roleStart, end } };
    if (role.organization !== undefined) mention.role!.organization = role.organization;
    this.result.people.push(mention);
  }
}
