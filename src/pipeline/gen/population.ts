/**
 * The synthetic world: states, organizations, and officials whose posts change over time.
 * Each post in each state is held in successive terms; a term often goes to someone who held
 * another post before (a deputy minister becomes minister, a minister an ambassador), so careers
 * have several roles. Activity is heavy-tailed: busy states and senior posts meet far more.
 */
import { createRandom, WeightedSampler, zipfWeights, type Random } from './prng';
import { type Forms } from './lexicon/forms';
import { declineSurname, GIVEN_NAMES, SURNAME_ENDINGS, surnameStems, type Gender } from './lexicon/names';
import { organizationEntries, type OrganizationEntry } from './lexicon/organizations';
import { POST_ACTIVITY, STATE_POSTS, type Post } from './lexicon/roles';
import { stateEntries, type StateEntry } from './lexicon/states';
import { FIRST_DAY, LAST_DAY } from './calendar';

export interface Role {
  post: Post;
  state: number;
  /** Index of the organization, for secretaries general and company heads. */
  organization?: number;
  /** For ambassadors: the state they are posted to. */
  host?: number;
  /** Day numbers (see calendar.ts), inclusive. */
  from: number;
  to: number;
}

export interface Person {
  index: number;
  slug: string;
  gender: Gender;
  name: { ru: Forms; uk: Forms; en: string };
  surname: { ru: Forms; uk: Forms; en: string };
  roles: Role[];
  /** Relative chance of appearing in a meeting (heavy-tailed). */
  activity: number;
}

export interface Population {
  states: StateEntry[];
  stateActivity: number[];
  organizations: (OrganizationEntry & { state: number })[];
  people: Person[];
}

export interface PopulationOptions {
  states?: number;
  organizations?: number;
  /** How many states fill every post; the others fill only the first few. */
  busyStates?: number;
}

function joinForms(first: Forms, second: Forms): Forms {
  return {
    nom: `${first.nom} ${second.nom}`,
    gen: `${first.gen} ${second.gen}`,
    acc: `${first.acc} ${second.acc}`,
    ins: `${first.ins} ${second.ins}`,
    loc: `${first.loc} ${second.loc}`,
  };
}

class NameMaker {
  private readonly used = new Set<string>();
  private readonly stems = surnameStems();

  constructor(private readonly random: Random) {}

  make(index: number, gender: Gender): Omit<Person, 'roles' | 'activity'> {
    for (;;) {
      const given = this.random.pick(GIVEN_NAMES[gender]);
      const stem = this.random.pick(this.stems);
      const ending = this.random.pick(SURNAME_ENDINGS);
      const surname = declineSurname(stem, ending, gender);
      const en = `${given.en} ${surname.en}`;
      const slug = en.toLowerCase().replace(/[^a-z]+/g, '-');
      if (this.used.has(slug)) continue;
      this.used.add(slug);
      return {
        index,
        slug,
        gender,
        name: { ru: joinForms(given.ru, surname.ru), uk: joinForms(given.uk, surname.uk), en },
        surname,
      };
    }
  }
}

const YEAR = 365;

export function buildPopulation(seed: number, options: PopulationOptions = {}): Population {
  const random = createRandom(seed).fork('population');
  const states = stateEntries(options.states ?? 200);
  const busyStates = options.busyStates ?? 40;
  // The first states are the busiest: Zipf over their order, as a news archive about one region is.
  const stateActivity = zipfWeights(states.length, 0.8);
  const organizations = organizationEntries(options.organizations ?? 300).map((entry, i) => ({
    ...entry,
    state: entry.intergovernmental ? -1 : i % Math.min(states.length, 60),
  }));
  const names = new NameMaker(random.fork('names'));
  const people: Person[] = [];
  const hire = (gender: Gender): Person => {
    const person: Person = { ...names.make(people.length, gender), roles: [], activity: 0 };
    people.push(person);
    return person;
  };

  /** Fills one post in successive terms; some terms go to someone free from another post. */
  const fillTerms = (
    post: Post,
    pool: Person[],
    makeRole: (from: number, to: number) => Omit<Role, 'from' | 'to' | 'post'>,
    termYears: [number, number],
    reuse: number,
  ) => {
    let day = FIRST_DAY - random.int(0, termYears[1] * YEAR);
    while (day <= LAST_DAY) {
      const length = random.int(termYears[0] * YEAR, termYears[1] * YEAR);
      const from = Math.max(day, FIRST_DAY);
      const to = Math.min(day + length, LAST_DAY);
      if (to >= FIRST_DAY) {
        const free = pool.filter((person) => {
          const last = person.roles[person.roles.length - 1];
          return last !== undefined && last.to < from && last.to > from - 3 * YEAR;
        });
        const holder =
          free.length > 0 && random.chance(reuse) ? random.pick(free) : hire(random.chance(0.18) ? 'female' : 'male');
        holder.roles.push({ post, from, to, ...makeRole(from, to) });
        if (!pool.includes(holder)) pool.push(holder);
      }
      day += length + 1;
    }
  };

  states.forEach((_, state) => {
    const pool: Person[] = [];
    const posts = STATE_POSTS.slice(0, state < busyStates ? STATE_POSTS.length : 5);
    // Junior posts first, so senior terms can go to people who held them.
    for (const post of [...posts].reverse()) {
      const host = () => {
        let other = random.int(0, Math.min(states.length, 30) - 1);
        if (other === state) other = (other + 1) % states.length;
        return other;
      };
      fillTerms(post, pool, () => (post === 'ambassador' ? { state, host: host() } : { state }), [6, 12], 0.6);
    }
  });
  organizations.forEach((organization, index) => {
    const post: Post = organization.intergovernmental ? 'secretary_general' : 'company_head';
    const state = organization.intergovernmental ? random.int(0, busyStates - 1) : organization.state;
    fillTerms(post, [], () => ({ state, organization: index }), organization.intergovernmental ? [3, 6] : [20, 30], 0);
  });

  // Heavy tail: the state's weight, times the most senior post held, times a wide personal factor.
  for (const person of people) {
    const seniority = Math.max(...person.roles.map((role) => POST_ACTIVITY[role.post]));
    const state = person.roles[0]!.state;
    const personal = Math.exp(random.next() * 2.5 - 1.25);
    person.activity = stateActivity[state]! * seniority * personal;
  }
  return { states, stateActivity, organizations, people };
}

/** The role a person holds on a day, if any. */
export function roleOn(person: Person, day: number): Role | undefined {
  return person.roles.find((role) => role.from <= day && day <= role.to);
}

/** Draws people in proportion to their activity, keeping only those that pass `accept`. */
export class PeopleSampler {
  private readonly sampler: WeightedSampler;

  constructor(private readonly people: Person[]) {
    this.sampler = new WeightedSampler(people.map((person) => person.activity));
  }

  draw(random: Random, accept: (person: Person) => boolean, tries = 400): Person | undefined {
    for (let i = 0; i < tries; i += 1) {
      const person = this.people[this.sampler.draw(random)]!;
      if (accept(person)) return person;
    }
    return undefined;
  }
}
