/** «египетского министра», "the Moldovan minister": a person named again by nationality and office, on texts of our own. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import { loadCatalogue } from './load-catalogue';
import { testArticle } from './test-article';

const roleMentions = (text: string, language: 'ru' | 'uk' | 'en') =>
  extractEntities(testArticle(text, language), loadCatalogue('data/curated'))
    .mentions.filter((m) => m.type === 'person' && m.form === 'role')
    .map((m) => [m.text, m.nodeId]);

describe('a person named again by nationality and office', () => {
  it('links «египетского министра» to the one Egyptian named before', () => {
    const text =
      'Министр иностранных дел Египта Бадр Абделатти прибыл в Баку. Позднее египетского министра принял Ильхам Алиев.';
    expect(roleMentions(text, 'ru')).toEqual([['египетского министра', 'person:badr-abdelatti']]);
  });

  it("links «норвезького прем'єра» and 'the Moldovan minister'", () => {
    const uk =
      "Прем'єр-міністр Норвегії Йонас Стьоре прибув до Києва. Того ж дня норвезького прем'єра прийняв Президент.";
    expect(roleMentions(uk, 'uk')).toEqual([["норвезького прем'єра", 'person:yonas-store']]);
    const en =
      'Minister of Foreign Affairs of Moldova Mihai Popescu arrived in Vilnius. The Moldovan minister will stay two days.';
    expect(roleMentions(en, 'en')).toEqual([['Moldovan minister', 'person:mihai-popescu']]);
  });

  it('links nobody when two people of that state were named, or none, or when a name follows', () => {
    const two =
      'Министр иностранных дел Египта Бадр Абделатти и министр экономики Египта Хасан Мансур прибыли. Египетского министра принял Алиев.';
    expect(roleMentions(two, 'ru')).toEqual([]);
    expect(roleMentions('Позднее египетского министра принял Ильхам Алиев.', 'ru')).toEqual([]);
    const named = 'Министр Египта Бадр Абделатти встретился с египетским министром Хасаном Мансуром.';
    expect(roleMentions(named, 'ru').filter(([text]) => text.startsWith('египетским'))).toEqual([]);
  });
});
