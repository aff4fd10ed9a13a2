/**
 * Writes one article about a story, in one language and one of three house styles: a news
 * wire (dateline), a ministry release, or a presidential readout. Sentences come from the
 * phrasebooks; what each sentence reports is recorded for the truth graph.
 */
import { dayPhrase, isoDay, monthPhrase, type Language } from './calendar';
import { type EventPlanner } from './events';
import { roleOn, type Population } from './population';
import { type Random } from './prng';
import { type Story, type WorldEvent } from './story';
import { en } from './templates/en';
import { ru } from './templates/ru';
import { type Phrasebook, type SentenceContext } from './templates/types';
import { uk } from './templates/uk';
import { Writer, type Written } from './writer';

export const PHRASEBOOKS: Record<Language, Phrasebook> = { ru, uk, en };

export type ArticleStyle = 'wire' | 'ministry' | 'presidency';

export interface GeneratedArticle {
  id: string;
  language: Language;
  published: string;
  title: string;
  outlet: string;
  url: string;
  style: ArticleStyle;
  written: Written;
}

export interface ArticleRequest {
  serial: number;
  language: Language;
  story: Story;
  /** The day the article is published. */
  day: number;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function writeArticle(
  world: Population,
  planner: EventPlanner,
  random: Random,
  request: ArticleRequest,
): GeneratedArticle {
  const { language, story, day } = request;
  const book = PHRASEBOOKS[language];
  const main = planner.events[request.story.main]!;
  const writer = new Writer(world, language, main.day);
  const sameYear = Math.abs(main.day - day) < 200;
  const context = (event: WorldEvent): SentenceContext => ({
    event,
    date: dayPhrase(language, event.day, !sameYear || random.chance(0.3)),
    month: monthPhrase(language, event.day),
    agree: (person, male, female) => (world.people[person]!.gender === 'male' ? male : female),
  });
  const first = world.people[main.participants[0]!]!;
  const firstState = roleOn(first, main.day)?.state ?? main.place ?? 0;
  const stateName = (index: number) =>
    language === 'en' ? world.states[index]!.en : world.states[index]![language].gen;

  const style: ArticleStyle = random.pick(['wire', 'wire', 'ministry', 'presidency'] as const);
  const outlet =
    style === 'wire'
      ? random.pick(book.wires)
      : style === 'ministry'
        ? book.ministry(stateName(firstState))
        : book.presidency(stateName(firstState));
  const names = main.participants
    .slice(0, 2)
    .map((person) => world.people[person]!.surname[language === 'en' ? 'en' : language])
    .map((name) => (typeof name === 'string' ? name : name.nom));
  const title = book.title(
    names.length === 1
      ? `${names[0]}, ${stateName(main.place ?? firstState)}`
      : names.join(language === 'en' ? ' and ' : language === 'ru' ? ' и ' : ' та '),
    main,
  );

  // Press sites repeat the headline and a date line above the text; wires open with a dateline.
  if (style !== 'wire') {
    writer.raw(`${title}\n`);
    if (random.chance(0.6)) writer.raw(`${book.published(dayPhrase(language, day, true))}\n`);
    writer.raw('\n');
  } else {
    const place = main.place ?? firstState;
    const capital = world.states[place]!.capital;
    writer.raw(
      book.dateline(language === 'en' ? capital.en : capital[language], dayPhrase(language, day, false), outlet),
    );
  }

  const templates = main.status === 'planned' ? book.planned[main.kind] : book.held[main.kind];
  writer.sentence(random.pick(templates)(context(main)), [main.index]);
  for (const inner of story.within) {
    const event = planner.events[inner]!;
    writer.raw(' ');
    writer.sentence(random.pick(book.within[main.kind === 'summit' ? 'summit' : 'visit'])(context(event)), [inner]);
  }
  writer.raw('\n\n');

  const fillers = [...book.fillers];
  const paragraphs = random.int(1, 3);
  for (let i = 0; i < paragraphs; i += 1) {
    const count = random.int(1, 3);
    const chosen: string[] = [];
    for (let j = 0; j < count && fillers.length > 0; j += 1) {
      chosen.push(fillers.splice(random.int(0, fillers.length - 1), 1)[0]!);
    }
    writer.raw(chosen.join(' '));
    if (random.chance(0.3)) {
      const intergovernmental = random.chance(0.6);
      const candidates = world.organizations.flatMap((organization, index) =>
        organization.intergovernmental === intergovernmental ? [index] : [],
      );
      writer.raw(' ');
      writer.sentence(book.organizationFiller[intergovernmental ? 0 : 1]!(random.pick(candidates)));
    }
    writer.raw('\n\n');
  }

  if (random.chance(0.4)) {
    const earlier = planner.earlierEvent(main.participants[0]!, main.day);
    if (earlier) {
      const templates = earlier.kind === 'phone_call' ? book.background.call : book.background.meeting;
      writer.sentence(random.pick(templates)(context(earlier)), [earlier.index]);
      writer.raw('\n');
    }
  }

  const written = writer.finish();
  const published = isoDay(day);
  const id = `${published}-${language}-${String(request.serial).padStart(5, '0')}`;
  const domain = `${slugify(outlet) || 'news'}.example`;
  return {
    id,
    language,
    published,
    title,
    outlet,
    url: `https://${domain}/${language}/${published.replace(/-/g, '/')}/${request.serial}`,
    style,
    written: { ...written, text: written.text.trimEnd() + '\n' },
  };
}
