import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../articles/load-corpus';
import { extractEntities } from './extract-entities';
import { loadCatalogue } from './load-catalogue';
import { testArticle } from './test-article';

const corpus = loadCorpus('data/articles');
const catalogue = loadCatalogue('data/curated');
const results = new Map(
  corpus.map((article) => [article.id, { article, entities: extractEntities(article, catalogue) }]),
);

function linked(articleId: string): Map<string, string> {
  const result = results.get(articleId)!;
  return new Map(result.entities.mentions.map((mention) => [mention.text, mention.nodeId]));
}

describe('extractEntities on the seed articles', () => {
  it('links every declined form of a name to one person, across Russian and Ukrainian', () => {
    const uk = linked('2025-02-21-mishchenko-working-visit-azerbaijan');
    const ru = linked('2025-10-galuzin-consultations-baku');
    expect(uk.get('Саміром Шаріфовим')).toBe('person:samir-sharifov');
    expect(ru.get('Самиром Шарифовым')).toBe('person:samir-sharifov');
    expect(uk.get('Хікметом Гаджієвим')).toBe('person:hikmet-hajiyev');
    // Seed 002 spells «Xикметом» with a Latin X: linked, and the mention keeps the original letters.
    expect(ru.get('Xикметом Гаджиевым')).toBe('person:hikmet-hajiyev');
    expect(ru.get('И.Г.Алиева')).toBe('person:ilham-aliyev');
    expect(ru.get('В.В.Путина')).toBe('person:vladimir-putin');
    expect(uk.get('Ільхама Алієва')).toBe('person:ilham-aliyev');
    expect(uk.get('Органом Зейналовим')).toBe('person:orkhan-zeynalov');
    expect(uk.get('Віталієм Баіларбаевим')).toBe('person:vitaliy-baylarbayov');
    expect(uk.get('Фарізом Ісмаїлзаде')).toBe('person:fariz-ismailzade');
    expect(uk.get('Гідаятом Абдулаєвим')).toBe('person:hidayat-abdullayev');
  });

  it('resolves initials and surnames alone', () => {
    const ru = linked('2025-03-03-asadov-bektenov-meeting');
    expect(ru.get('А.Асадов')).toBe('person:ali-asadov');
    expect(ru.get('О.Бектенова')).toBe('person:olzhas-bektenov');
    expect(ru.get('Касым-Жомарта Токаева')).toBe('person:kassym-jomart-tokayev');
    expect(linked('2024-08-17-putin-state-visit-azerbaijan').get('Путин')).toBe('person:vladimir-putin');
  });

  it('finds the nineteen seed officials', () => {
    const people = new Set(
      [...results.values()].flatMap(({ entities }) =>
        entities.mentions.filter((mention) => mention.type === 'person').map((mention) => mention.nodeId),
      ),
    );
    for (const slug of [
      'oleksandr-mishchenko',
      'orkhan-zeynalov',
      'vitaliy-baylarbayov',
      'fariz-ismailzade',
      'jeyhun-bayramov',
      'hikmet-hajiyev',
      'samir-sharifov',
      'elchin-guliyev',
      'hidayat-abdullayev',
      'anar-akhundov',
      'mikhail-galuzin',
      'vladimir-putin',
      'ilham-aliyev',
      'ali-asadov',
      'olzhas-bektenov',
      'kassym-jomart-tokayev',
      'alexander-lukashenko',
      'viktor-khrenin',
      'mikhail-evdokimov',
    ]) {
      expect(people, slug).toContain(`person:${slug}`);
    }
  });

  it('links state names, adjectives, compounds and organizations', () => {
    const ru = linked('2025-10-galuzin-consultations-baku');
    expect(ru.get('Российской Федерации')).toBe('state:russia');
    expect(ru.get('российско')).toBe('state:russia');
    expect(ru.get('азербайджанских')).toBe('state:azerbaijan');
    expect(ru.get('СНГ')).toBe('organization:cis');
    const uk = linked('2025-02-21-mishchenko-working-visit-azerbaijan');
    expect(uk.get('SOCAR')).toBe('organization:socar');
    expect(uk.get('ГУАМ')).toBe('organization:guam');
    expect(uk.get('ADA')).toBe('organization:azerbaijan-diplomatic-academy');
    expect(uk.get('українських')).toBe('state:ukraine');
    const sputnik = linked('2021-05-22-sputnik-aliyev-lukashenko-phone-call');
    expect(sputnik.get('Республики Беларусь')).toBe('state:belarus');
    expect(sputnik.get('армянской')).toBe('state:armenia');
    expect(linked('2024-08-17-putin-state-visit-azerbaijan').get('Шанхайской организации сотрудничества')).toBe(
      'organization:sco',
    );
  });

  it('reads role phrases into canonical titles with their state and organization', () => {
    const roles = new Map(
      [...results.values()].flatMap(({ entities }) =>
        entities.mentions.filter((mention) => mention.role).map((mention) => [mention.text, mention.role!]),
      ),
    );
    expect(roles.get('Олександр Міщенко')).toMatchObject({
      title: { en: 'Deputy Minister of Foreign Affairs' },
      state: 'state:ukraine',
    });
    expect(roles.get('Xикметом Гаджиевым')).toMatchObject({
      title: { en: 'Assistant to the President' },
      state: 'state:azerbaijan',
    });
    expect(roles.get('Михаил Евдокимов')).toMatchObject({
      title: { en: 'Ambassador' },
      state: 'state:russia',
      accreditedTo: 'state:azerbaijan',
    });
    expect(roles.get('Ельчіном Гулієвим')).toMatchObject({
      title: { en: 'Head of the State Border Service' },
      state: 'state:azerbaijan',
    });
    expect(roles.get('Віталієм Баіларбаевим')).toMatchObject({
      organization: 'organization:socar',
      state: 'state:azerbaijan',
    });
    expect(roles.get('Гідаятом Абдулаєвим')?.title.en).toBe('Minister of Labour and Social Protection');
    expect(roles.get('Олжасом Бектеновым')).toMatchObject({
      title: { en: 'Prime Minister' },
      state: 'state:kazakhstan',
    });
    expect(roles.get('Виктора Хренина')).toMatchObject({
      title: { en: 'Minister of Defence' },
      state: 'state:belarus',
    });
    expect(roles.get('Михаил Галузин')).toMatchObject({
      title: { en: 'Deputy Minister of Foreign Affairs' },
      state: 'state:russia',
    });
  });

  it('gives offsets that slice the article text exactly', () => {
    for (const { article, entities } of results.values()) {
      for (const mention of entities.mentions)
        expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});

describe('extractEntities on currency amounts', () => {
  const statesIn = (text: string, language: 'ru' | 'uk' | 'en') =>
    extractEntities(testArticle(text, language), loadCatalogue('data/curated'))
      .mentions.filter((m) => m.type === 'state')
      .map((m) => m.nodeId);

  it('does not read the issuer of a currency as a state in the text', () => {
    expect(statesIn('Проект стоимостью 1 млн. дол. США одобрен Узбекистаном.', 'ru')).toEqual(['state:uzbekistan']);
    expect(statesIn('Україна отримає 5 млн доларів США від Японії.', 'uk')).toEqual(['state:ukraine', 'state:japan']);
    expect(statesIn('Kazakhstan will invest 2 billion U.S. dollars, the United States said.', 'en')).toEqual([
      'state:kazakhstan',
      'state:united-states',
    ]);
    expect(statesIn('Сумма составила 3 млн американских долларов.', 'ru')).toEqual([]);
  });
});
