import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import { loadCatalogue } from './load-catalogue';
import { testArticle } from './test-article';

const extract = (text: string, language: 'ru' | 'uk' | 'en') => {
  const catalogue = loadCatalogue('data/curated');
  return { catalogue, ...extractEntities(testArticle(text, language), catalogue) };
};

describe('discovering new people', () => {
  it('creates a person from a Russian role phrase, in any case, with a nominative label', () => {
    const result = extract(
      'Джейхун Байрамов провел переговоры с министром иностранных дел Эстонии Маргусом Цахкной. Позже Цахкна посетил Шушу.',
      'ru',
    );
    expect(result.discovered).toHaveLength(1);
    const person = result.discovered[0]!;
    expect(person).toMatchObject({
      id: 'person:margus-tsakhkna',
      label: { en: 'Margus Tsakhkna', ru: 'Маргус Цахкна' },
      state: 'state:estonia',
      curated: false,
    });
    expect(person.introducedBy?.text).toBe('министром иностранных дел Эстонии Маргусом Цахкной');
    const mentions = result.mentions.filter((mention) => mention.nodeId === person.id).map((mention) => mention.text);
    expect(mentions).toEqual(['Маргусом Цахкной', 'Цахкна']);
    expect(result.mentions.find((mention) => mention.text === 'Маргусом Цахкной')?.role?.title.en).toBe(
      'Minister of Foreign Affairs',
    );
  });

  it('creates a person from an English role phrase', () => {
    const result = extract('Deputy Foreign Minister of Australia Rod Brazier met Samir Sharifov in Baku.', 'en');
    expect(result.discovered.map((person) => [person.id, person.state])).toEqual([
      ['person:rod-brazier', 'state:australia'],
    ]);
    const brazier = result.mentions.find((mention) => mention.nodeId === 'person:rod-brazier');
    expect(brazier?.role?.title.en).toBe('Deputy Minister of Foreign Affairs');
  });

  it('creates a Ukrainian official with the Ukrainian romanization', () => {
    const result = extract("Прем'єр-міністр України Денис Шмигаль зустрівся з Ільхамом Алієвим.", 'uk');
    expect(result.discovered[0]).toMatchObject({
      id: 'person:denys-shmyhal',
      label: { en: 'Denys Shmyhal', uk: 'Денис Шмигаль' },
      state: 'state:ukraine',
    });
  });

  it('links a later article to the person an earlier one created', () => {
    const catalogue = loadCatalogue('data/curated');
    extractEntities(testArticle('Министр иностранных дел Эстонии Маргус Цахкна прибыл в Баку.', 'ru', 'a'), catalogue);
    const later = extractEntities(
      testArticle('Міністр закордонних справ Естонії Маргус Цахкна відвідав Київ.', 'uk', 'b'),
      catalogue,
    );
    expect(later.discovered).toEqual([]);
    expect(later.mentions.find((mention) => mention.text === 'Маргус Цахкна')?.nodeId).toBe('person:margus-tsakhkna');
  });

  it('creates a person from a known given name without a role', () => {
    const result = extract('На встрече также присутствовал Бахтиёр Саидов.', 'ru');
    expect(result.discovered.map((person) => person.label.ru)).toEqual(['Бахтиёр Саидов']);
  });

  it('does not make people of sentence starts, places, months, organizations or page words', () => {
    const texts: [string, 'ru' | 'uk' | 'en'][] = [
      [
        'Главная Новости Пресс-служба. Стороны обсудили Южный Кавказ. Международный Валютный Фонд одобрил кредит.',
        'ru',
      ],
      ['Верховна Рада ухвалила закон. Того ж дня Київська Міська Рада зібралася. Березень Травень.', 'uk'],
      ['Read More Share This. The European Political Community met in Tirana. Trade Minister Says No.', 'en'],
      ['Азербайджанская Республика и Шанхайская организация сотрудничества. Средний Коридор.', 'ru'],
    ];
    for (const [text, language] of texts) expect(extract(text, language).discovered, text).toEqual([]);
  });

  it('never throws and gives offsets that slice the text, whatever the text', () => {
    const catalogue = loadCatalogue('data/curated');
    const words = fc.constantFrom(
      'министр',
      'иностранных',
      'дел',
      'Эстонии',
      'Маргусом',
      'Цахкной',
      'И.Г.',
      'Алиева',
      'Xикметом',
      '«SOCAR»',
      'Deputy',
      'Minister',
      'Rod',
      'Brazier',
      ',',
      '.',
      '\n',
      'Президент',
      'Азербайджана',
      'посол',
      'в',
      'Москве',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string()), { maxLength: 30 }),
        fc.constantFrom('ru', 'uk', 'en'),
        (parts, language) => {
          const text = parts.join(' ');
          const result = extractEntities(testArticle(text, language as 'ru'), catalogue);
          for (const mention of result.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('one discovered person across languages and alphabets', () => {
  it('links a Russian mention to a person first met in English, and gives them a Russian label', () => {
    const catalogue = loadCatalogue('data/curated');
    const english = extractEntities(
      testArticle('Turkish Foreign Minister Hakan Fidan arrived in Baku.', 'en', 'a'),
      catalogue,
    );
    expect(english.discovered.map((person) => person.id)).toEqual(['person:hakan-fidan']);
    const russian = extractEntities(
      testArticle(
        'Джейхун Байрамов встретился с главой МИД Турции Хаканом Фиданом. Фидан отметил рост торговли.',
        'ru',
        'b',
      ),
      catalogue,
    );
    expect(russian.discovered).toEqual([]);
    expect(russian.mentions.filter((mention) => mention.nodeId === 'person:hakan-fidan').map((m) => m.text)).toEqual([
      'Хаканом Фиданом',
      'Фидан',
    ]);
    expect(catalogue.records.get('person:hakan-fidan')?.label).toEqual({ en: 'Hakan Fidan', ru: 'Хакан Фидан' });
  });
});

describe('discovering people in long role phrases and with initials', () => {
  it('reads initials spelt like the prepositions «в» and «с» («С.В.Петров», «В.Сидоренко»)', () => {
    const result = extract(
      'Состоялась беседа заместителя Министра иностранных дел Российской Федерации С.В.Петровского с послом Перу. ' +
        'Затем первый заместитель министра юстиции России В.Сидоренко выступил с докладом.',
      'ru',
    );
    const found = result.discovered.map((person) => [person.label.ru, person.state]);
    expect(found).toEqual([
      ['С.В. Петровский', 'state:russia'],
      ['В. Сидоренко', 'state:russia'],
    ]);
  });

  it('takes a role whose complement names its field («по многосторонним делам», «з питань Заходу»)', () => {
    const ru = extract(
      'Переговоры с Генеральным директором по многосторонним делам МИД Малайзии Т.Аминовой прошли в Москве.',
      'ru',
    );
    expect(ru.discovered.map((person) => [person.label.ru, person.state])).toEqual([['Т. Аминова', 'state:malaysia']]);
    const uk = extract('Делегацію очолив секретар МЗС Індії з питань Сходу Віджай Нараян.', 'uk');
    expect(uk.discovered.map((person) => [person.label.en, person.state])).toEqual([
      ['Vidzhai Narayan', 'state:india'],
    ]);
  });

  it('reads a role in an organization with a multi-word name («Організації Чорноморського економічного співробітництва»)', () => {
    const result = extract(
      'Відбулася розмова з Генеральним секретарем Організації Чорноморського економічного співробітництва Іваном Олару.',
      'uk',
    );
    expect(result.discovered.map((person) => person.label.uk)).toEqual(['Іван Олару']);
    const mention = result.mentions.find((m) => m.type === 'person');
    expect(mention?.role?.title.en).toBe('Secretary General');
  });
});

describe('role phrases with an acronym', () => {
  it('reads an unknown acronym after the head as part of the role («председатель ГКНБ Киргизии X»)', () => {
    const result = extract('Председатель ГКНБ Киргизии Айбек Осмонов прибыл в Душанбе.', 'ru');
    expect(result.discovered.map((p) => [p.label.ru, p.state])).toEqual([['Айбек Осмонов', 'state:kyrgyzstan']]);
    const mention = result.mentions.find((m) => m.text === 'Айбек Осмонов');
    expect(mention?.role?.title.en).toBe('Chairman');
  });
});

describe('people named beside another', () => {
  it('gives the second name after a plural title that title and the second state («Міністри оборони … A і B»)', () => {
    const result = extract(
      'Міністри оборони України та Норвегії Денис Шмигаль і Торе Сандвік провели окрему зустріч.',
      'uk',
    );
    const roles = result.mentions
      .filter((m) => m.type === 'person')
      .map((m) => [m.text, m.role?.title.en, m.role?.state]);
    expect(roles).toEqual([
      ['Денис Шмигаль', 'Minister of Defence', 'state:ukraine'],
      ['Торе Сандвік', 'Minister of Defence', 'state:norway'],
    ]);
  });

  it('reads an English plural title before the names, even after a comma ("the defence ministers of A and B, X and Y")', () => {
    const result = extract(
      'The defence ministers of Latvia and Norway, Lina Kalnina and Ola Berg, signed the plan on Monday.',
      'en',
    );
    const roles = result.mentions
      .filter((m) => m.type === 'person')
      .map((m) => [m.text, m.role?.title.en, m.role?.state]);
    expect(roles).toEqual([
      ['Lina Kalnina', 'Minister of Defence', 'state:latvia'],
      ['Ola Berg', 'Minister of Defence', 'state:norway'],
    ]);
  });

  it('reads a role phrase that opens after a dateline dash as prose, not as a Title Case line', () => {
    const result = extract('RIGA, May 4 — The Foreign Minister of Latvia Lina Kalnina arrived in Oslo.', 'en');
    expect(result.discovered.map((p) => [p.label.en, p.state])).toEqual([['Lina Kalnina', 'state:latvia']]);
  });

  it('does not share a singular English title ending in "s" ("Minister of Foreign Affairs X and Y")', () => {
    const result = extract('Minister of Foreign Affairs of Latvia Lina Kalnina and Ola Berg met on Monday.', 'en');
    const berg = result.mentions.find((m) => m.text === 'Ola Berg');
    expect(berg?.role).toBeUndefined();
  });

  it('does not make a person of a capitalized pair after "and" when the title before is singular', () => {
    const result = extract('Міністр оборони України Денис Шмигаль і Торе Сандвік провели зустріч.', 'uk');
    expect(result.discovered.map((p) => p.label.uk)).toEqual(['Денис Шмигаль']);
  });

  it('gives a stateless companion the state of the one they travel with, not the dateline’s', () => {
    const result = extract(
      "Київ, 25 вересня. Прем'єр-міністр Норвегії Йонас Гар Стьоре прибув. " +
        'У червні Стьоре відвідав Київ разом з міністром закордонних справ Еспеном Бартом Ейде.',
      'uk',
    );
    const eide = result.mentions.find((m) => m.text === 'Еспеном Бартом Ейде');
    expect(eide?.role).toMatchObject({ title: { en: 'Minister of Foreign Affairs' }, state: 'state:norway' });
  });
});

describe('a known surname with someone else’s given name', () => {
  it('is a new person, not the known one («Эльнур Алиев», "Sahiba Aliyeva"), while a title still links', () => {
    const ru = extract('Встреча с заместителем министра Эльнуром Алиевым. Затем Президент Алиев уехал.', 'ru');
    const ids = ru.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.nodeId]);
    expect(ids).toEqual([
      ['Эльнуром Алиевым', 'person:elnur-aliev'],
      ['Алиев', 'person:ilham-aliyev'],
    ]);
    const en = extract('The delegation was met by Sahiba Aliyeva at the airport. Mr Aliyev arrived later.', 'en');
    const people = en.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.nodeId]);
    expect(people[0]).toEqual(['Sahiba Aliyeva', 'person:sahiba-aliyeva']);
    expect(people[1]).toEqual(['Aliyev', 'person:ilham-aliyev']);
  });

  it('starts an English name after a role of two words ("State Minister for Foreign Affairs Hiroshi Tanaka")', () => {
    const result = extract("Japan's State Minister for Foreign Affairs Hiroshi Tanaka held talks in Baku.", 'en');
    expect(result.discovered.map((p) => [p.label.en, p.state])).toEqual([['Hiroshi Tanaka', 'state:japan']]);
  });
});
