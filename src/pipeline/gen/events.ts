/**
 * Plans the events the corpus reports: who meets whom, when and where. People are drawn by
 * their (heavy-tailed) activity among those in office that day, with posts that fit the kind
 * of meeting: presidents call presidents, deputy ministers hold consultations.
 */
import { FIRST_DAY, LAST_DAY } from './calendar';
import { type Post } from './lexicon/roles';
import { PeopleSampler, roleOn, type Person, type Population } from './population';
import { type Random } from './prng';
import { type EventKind, type Story, type VisitKind, type WorldEvent } from './story';

const HEADS: readonly Post[] = ['president', 'prime_minister'];
const SENIOR: readonly Post[] = ['president', 'prime_minister', 'foreign_minister'];
const MINISTERS: readonly Post[] = [
  'president',
  'prime_minister',
  'foreign_minister',
  'defence_minister',
  'economy_minister',
  'energy_minister',
  'speaker',
];
const DIPLOMATS: readonly Post[] = ['foreign_minister', 'deputy_foreign_minister'];

const KIND_WEIGHTS: [EventKind, number][] = [
  ['meeting', 22],
  ['reception', 15],
  ['talks', 13],
  ['phone_call', 15],
  ['consultations', 10],
  ['visit', 15],
  ['summit', 10],
];

function pickKind(random: Random): EventKind {
  let target = random.next() * KIND_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [kind, weight] of KIND_WEIGHTS) {
    target -= weight;
    if (target < 0) return kind;
  }
  return 'meeting';
}

export class EventPlanner {
  readonly events: WorldEvent[] = [];
  /** Held events each person took part in, in the order planned. */
  readonly byPerson = new Map<number, number[]>();
  private readonly sampler: PeopleSampler;
  private readonly intergovernmental: number[];

  constructor(
    private readonly world: Population,
    private readonly random: Random,
  ) {
    this.sampler = new PeopleSampler(world.people);
    this.intergovernmental = world.organizations.flatMap((organization, i) =>
      organization.intergovernmental ? [i] : [],
    );
  }

  /** A day over 25 years, denser in recent years, as news archives are. */
  drawDay(): number {
    return FIRST_DAY + Math.floor((LAST_DAY - FIRST_DAY) * Math.pow(this.random.next(), 0.7));
  }

  /** Plans a new story; falls back to simpler kinds when no one fits the first choice. */
  plan(day: number, planned: boolean): Story {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const kind = attempt < 4 ? pickKind(this.random) : 'meeting';
      const story = this.tryPlan(kind, day, planned);
      if (story) return story;
    }
    throw new Error(`no officials in office on day ${day}`);
  }

  private someone(day: number, posts: readonly Post[] | undefined, notStates: Set<number>): Person | undefined {
    return this.sampler.draw(this.random, (person) => {
      const role = roleOn(person, day);
      return role !== undefined && !notStates.has(role.state) && (posts === undefined || posts.includes(role.post));
    });
  }

  private stateOf(person: Person, day: number): number {
    return roleOn(person, day)!.state;
  }

  private add(event: Omit<WorldEvent, 'index'>): number {
    const index = this.events.length;
    this.events.push({ ...event, index });
    if (event.status === 'held') {
      for (const person of event.participants) {
        const list = this.byPerson.get(person) ?? [];
        list.push(index);
        this.byPerson.set(person, list);
      }
    }
    return index;
  }

  private tryPlan(kind: EventKind, day: number, planned: boolean): Story | undefined {
    const status = planned ? 'planned' : 'held';
    const pair = (first: readonly Post[] | undefined, second: readonly Post[] | undefined) => {
      const a = this.someone(day, first, new Set());
      if (!a) return undefined;
      const b = this.someone(day, second, new Set([this.stateOf(a, day)]));
      return b ? ([a, b] as const) : undefined;
    };
    switch (kind) {
      case 'summit': {
        const heads: Person[] = [];
        const states = new Set<number>();
        const size = this.random.int(3, 6);
        for (let i = 0; i < size * 3 && heads.length < size; i += 1) {
          const head = this.someone(day, HEADS, states);
          if (head) {
            heads.push(head);
            states.add(this.stateOf(head, day));
          }
        }
        if (heads.length < 3) return undefined;
        const host = this.stateOf(this.random.pick(heads), day);
        const participants = heads.map((head) => head.index);
        const main = this.add({
          kind,
          day,
          status,
          participants,
          place: host,
          organization: this.random.pick(this.intergovernmental),
        });
        if (planned) return { main, within: [] };
        const sideline = this.add({
          kind: 'meeting',
          day,
          status,
          participants: [participants[0]!, participants[1]!],
          place: host,
          parent: main,
        });
        return { main, within: [sideline] };
      }
      case 'visit': {
        const found = pair(MINISTERS.concat(['deputy_foreign_minister']), SENIOR);
        if (!found) return undefined;
        const [visitor, host] = found;
        const visitKind: VisitKind = this.random.pick(['official', 'state', 'working'] as const);
        const place = this.stateOf(host, day);
        const main = this.add({ kind, visitKind, day, status, participants: [visitor.index], place });
        if (planned) return { main, within: [] };
        const inner = this.add({
          kind: this.random.chance(0.5) ? 'meeting' : 'reception',
          day,
          status,
          participants: [visitor.index, host.index],
          place,
          parent: main,
        });
        return { main, within: [inner] };
      }
      default: {
        const posts: Record<string, [readonly Post[] | undefined, readonly Post[] | undefined]> = {
          meeting: [undefined, undefined],
          reception: [SENIOR.concat(['speaker']), undefined],
          talks: [MINISTERS, MINISTERS],
          phone_call: [SENIOR, SENIOR],
          consultations: [DIPLOMATS, DIPLOMATS],
        };
        const found = pair(...posts[kind]!);
        if (!found) return undefined;
        const [a, b] = found;
        const place = kind === 'phone_call' ? undefined : this.stateOf(this.random.chance(0.6) ? a : b, day);
        const event: Omit<WorldEvent, 'index'> = { kind, day, status, participants: [a.index, b.index] };
        if (kind === 'reception') event.place = this.stateOf(a, day);
        else if (place !== undefined) event.place = place;
        return { main: this.add(event), within: [] };
      }
    }
  }

  /** An earlier held event of this person's, at least a month before `day`, for a background mention. */
  earlierEvent(person: number, day: number): WorldEvent | undefined {
    const candidates = (this.byPerson.get(person) ?? [])
      .map((index) => this.events[index]!)
      .filter((event) => event.day < day - 30 && event.participants.length === 2);
    if (candidates.length === 0) return undefined;
    // Reordered so the person already named in the article comes first, as the templates expect.
    const event = this.random.pick(candidates);
    const other = event.participants.find((participant) => participant !== person)!;
    return { ...event, participants: [person, other] };
  }
}
