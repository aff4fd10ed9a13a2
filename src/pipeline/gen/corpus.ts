/**
 * The synthetic corpus: N articles about a synthetic world, in ru, uk and en, deterministic for
 * a seed. Some events are reported twice (by another outlet, in another language), and some
 * articles mention earlier meetings in passing, as real archives do.
 */
import { serializeArticleFile } from '../articles/article-file';
import { LAST_DAY, type Language } from './calendar';
import { EventPlanner } from './events';
import { writeArticle, type GeneratedArticle } from './article';
import { buildPopulation, type Population, type PopulationOptions } from './population';
import { createRandom } from './prng';
import { type Story } from './story';

export interface CorpusOptions extends PopulationOptions {
  articles: number;
  seed: number;
  /** Shares of each language; default ru 45%, en 30%, uk 25%. */
  languages?: Partial<Record<Language, number>>;
}

export interface Corpus {
  world: Population;
  planner: EventPlanner;
  articles: GeneratedArticle[];
}

const DEFAULT_LANGUAGES: Record<Language, number> = { ru: 0.45, en: 0.3, uk: 0.25 };

export function generateCorpus(options: CorpusOptions): Corpus {
  const root = createRandom(options.seed);
  const world = buildPopulation(options.seed, options);
  const planner = new EventPlanner(world, root.fork('events'));
  const random = root.fork('articles');
  const shares = { ...DEFAULT_LANGUAGES, ...options.languages };
  const languages = Object.keys(shares) as Language[];
  const total = languages.reduce((sum, language) => sum + shares[language], 0);
  const pickLanguage = (): Language => {
    let target = random.next() * total;
    for (const language of languages) {
      target -= shares[language];
      if (target < 0) return language;
    }
    return 'ru';
  };

  const stories: Story[] = [];
  const articles: GeneratedArticle[] = [];
  for (let serial = 0; serial < options.articles; serial += 1) {
    const language = pickLanguage();
    let story: Story;
    let day: number;
    const earlier = stories.length > 0 && random.chance(0.12) ? random.pick(stories) : undefined;
    if (earlier && planner.events[earlier.main]!.status === 'held') {
      // The same event, reported again by another outlet.
      story = earlier;
      day = Math.min(planner.events[earlier.main]!.day + random.int(0, 3), LAST_DAY);
    } else {
      const planned = random.chance(0.12);
      const eventDay = planner.drawDay();
      story = planner.plan(Math.max(eventDay, 30), planned);
      const event = planner.events[story.main]!;
      day = planned ? event.day - random.int(2, 20) : Math.min(event.day + random.int(0, 2), LAST_DAY);
      stories.push(story);
    }
    articles.push(writeArticle(world, planner, random, { serial, language, story, day }));
  }
  return { world, planner, articles };
}

/** The article as an ingest file: the header, then the text. */
export function articleFileContent(article: GeneratedArticle): string {
  return serializeArticleFile({
    header: {
      url: article.url,
      language: article.language,
      published: article.published,
      title: article.title,
      outlet: article.outlet,
    },
    text: article.written.text,
  });
}

export function articleFileName(article: GeneratedArticle): string {
  return `${article.id}.txt`;
}
