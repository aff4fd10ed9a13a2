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
    expect(roleMentions(named, 'ru').filter(([text]) => text?.startsWith('египетским'))).toEqual([]);
  });
});

describe('state adjectives of states beyond the region, and the side met "with"', () => {
  it('links "the Indonesian deputy minister", and gives the counterpart met with no Indonesian role', () => {
    const text =
      'Baku, August 5. Deputy Minister of Foreign Affairs of Indonesia Ani Lestari arrived in Baku. ' +
      'Later, the Indonesian deputy minister held consultations with Deputy Foreign Minister Tural Aghazade.';
    const result = extractEntities(testArticle(text, 'en'), loadCatalogue('data/curated'));
    const role = result.mentions.find((m) => m.form === 'role');
    expect(role?.text).toBe('Indonesian deputy minister');
    const aghazade = result.mentions.find((m) => m.text === 'Tural Aghazade');
    expect(aghazade?.role?.state).toBe('state:azerbaijan');
  });

  it('reads Brazilian, Mexican and Portuguese officials in Russian and Ukrainian', () => {
    const ru = extractEntities(
      testArticle('Встреча с бразильским послом прошла в Москве.', 'ru'),
      loadCatalogue('data/curated'),
    );
    expect(ru.mentions.map((m) => m.nodeId)).toContain('state:brazil');
    const uk = extractEntities(
      testArticle('Мексиканська та португальська делегації прибули.', 'uk'),
      loadCatalogue('data/curated'),
    );
    expect(uk.mentions.map((m) => m.nodeId)).toEqual(['state:mexico', 'state:portugal']);
  });
});

describe('a delegation headed by someone', () => {
  it('gives the head the delegation’s state («во главе с», «на чолі з»)', () => {
    const ru = extractEntities(
      testArticle('Делегация Кыргызстана во главе с министром иностранных дел Асаном Беловым прибыла.', 'ru'),
      loadCatalogue('data/curated'),
    );
    expect(ru.mentions.find((m) => m.type === 'person')?.role?.state).toBe('state:kyrgyzstan');
    const uk = extractEntities(
      testArticle('Прибула делегація Латвії на чолі з державним секретарем Андрісом Пелшсом.', 'uk'),
      loadCatalogue('data/curated'),
    );
    expect(uk.mentions.find((m) => m.type === 'person')?.role?.state).toBe('state:latvia');
  });
});

describe('a capitalized head-of-state title with no state', () => {
  it('is the President the readout names first («Глава государства принял», «Президент візьме участь»)', () => {
    const ru =
      'Состоялся телефонный разговор Президента Казахстана Касым-Жомарта Токаева с Президентом Финляндии Александром Стуббом. ' +
      'Сегодня же Глава государства принял министра иностранных дел Малайзии Мохамада Хасана.';
    expect(roleMentions(ru, 'ru')).toEqual([['Глава государства', 'person:kassym-jomart-tokayev']]);
    const uk =
      'Президент України Володимир Зеленський зустрівся з Марком Карні. 24 червня Президент візьме участь у саміті.';
    expect(roleMentions(uk, 'uk')).toEqual([['Президент', 'person:volodymyr-zelenskyy']]);
  });

  it('is nobody when the article opens on someone who is not a President', () => {
    const ru =
      'Министр иностранных дел Малайзии Мохамад Хасан прибыл в Астану. Президент Казахстана Касым-Жомарт Токаев выступил. ' +
      'Глава государства принял гостя.';
    expect(roleMentions(ru, 'ru')).toEqual([]);
  });
});
