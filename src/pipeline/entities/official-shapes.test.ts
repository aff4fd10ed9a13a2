/**
 * Shapes in which news texts name officials, each on sentences of our own (the people are invented, so
 * only the rules can find them): plural titles, long ministry titles, particles, honorifics, bodies
 * named inside a role, and the states those roles carry.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import { loadCatalogue } from './load-catalogue';
import { testArticle } from './test-article';

const extract = (text: string, language: 'ru' | 'uk' | 'en') => {
  const catalogue = loadCatalogue('data/curated');
  return extractEntities(testArticle(text, language), catalogue);
};

/** The people found: [English label, native label or undefined, state] per new person. */
const people = (text: string, language: 'ru' | 'uk' | 'en') =>
  extract(text, language)
    .discovered.filter((record) => record.type === 'person')
    .map((record) => [record.label.en, record.label[language === 'en' ? 'none' : language], record.state]);

const roleOf = (text: string, language: 'ru' | 'uk' | 'en', name: string) =>
  extract(text, language).mentions.find((mention) => mention.text === name)?.role;

describe('plural titles', () => {
  it('reads a plural title after a place («у Варшаві з главами МЗС …»), one state to each name', () => {
    const found = people(
      'Міністр у середу зустрівся у Варшаві з главами МЗС Польщі та Литви Збігнєвом Ковальчиком і Вітаутасом Жемайтісом.',
      'uk',
    );
    expect(found.map(([, , state]) => state)).toEqual(['state:poland', 'state:lithuania']);
    expect(found.map(([, native]) => native)).toEqual(['Збігнєв Ковальчик', 'Вітаутас Жемайтіс']);
  });

  it('reads an English plural title in apposition after a wire dateline dash', () => {
    const found = people(
      'RIGA, May 2 (Wire) - The foreign ministers of Latvia and Estonia, Ilze Berzina and Tiit Kask, met on Friday.',
      'en',
    );
    expect(found).toEqual([
      ['Ilze Berzina', undefined, 'state:latvia'],
      ['Tiit Kask', undefined, 'state:estonia'],
    ]);
  });

  it('shares «министры … двух стран» between the two names that follow', () => {
    const text = 'Накануне министры иностранных дел двух стран Арсен Бекназаров и Далер Сафаров обсудили визит.';
    expect(people(text, 'ru').map(([en]) => en)).toEqual(['Arsen Beknazarov', 'Daler Safarov']);
    expect(roleOf(text, 'ru', 'Далер Сафаров')?.title.en).toBe('Minister of Foreign Affairs');
  });

  it('makes no person of a place after «двух стран»', () => {
    expect(people('Министры двух стран Юго-Восточной Азии находятся в Москве с визитом.', 'ru')).toEqual([]);
  });
});

describe('long English titles', () => {
  it('keeps the field after "for" inside the title ("Minister for Europe and Foreign Affairs of Malta")', () => {
    expect(people('Bayramov met the Minister for Europe and Foreign Affairs of Malta Carmel Vella.', 'en')).toEqual([
      ['Carmel Vella', undefined, 'state:malta'],
    ]);
  });

  it('reads a comma list of fields and "Federal" ("Federal Minister for Economy, Energy and Tourism")', () => {
    const text = "He met Austria's Federal Minister for Economy, Energy and Tourism Klaus Wimmer in Baku.";
    expect(people(text, 'en')).toEqual([['Klaus Wimmer', undefined, 'state:austria']]);
    expect(roleOf(text, 'en', 'Klaus Wimmer')?.title.en).toBe('Federal Minister of Economy');
  });

  it('reads "Chairman of the Board of …" up to a company in brackets', () => {
    const text =
      'He was received by Chairman of the Board of the State Oil Company of Azerbaijan Republic (SOCAR) Tural Hasanli.';
    expect(people(text, 'en')).toEqual([['Tural Hasanli', undefined, 'state:azerbaijan']]);
  });

  it('makes no person of a place or body after "the", "of" or "for"', () => {
    const text =
      'Toomas Rebane, the Special Representative for the South Caucasus, met the chair of the Ad Hoc Liaison Committee and the Secretary-General of the League of Arab States.';
    const ids = extract(text, 'en').discovered.map((record) => record.id);
    expect(ids).not.toContain('person:south-caucasus');
    expect(ids).not.toContain('person:hoc-liaison-committee');
    expect(ids).not.toContain('person:arab-states');
  });

  it('makes no person of the last field after "and" ("… for Foreign Affairs and Security Policy")', () => {
    const text = 'He received Tarmo Kivi, the EU High Representative for Foreign Affairs and Security Policy.';
    expect(people(text, 'en').map(([en]) => en)).toEqual(['Tarmo Kivi']);
  });

  it('leaves out an honorific and a weekday, and reads "of the Kingdom of Norway"', () => {
    const text =
      'The minister received on Sunday Mr. Lars Haugen Dahl, Minister of Foreign Affairs of the Kingdom of Norway.';
    expect(people(text, 'en')).toEqual([['Lars Haugen Dahl', undefined, 'state:norway']]);
  });
});

describe('names and bodies inside Russian and Ukrainian roles', () => {
  it('keeps surname particles («Ван дер Беллена») and reads «Федерального президента»', () => {
    const text = 'Она передала приветствие Федерального президента Австрии Йоханнеса ван дер Линдена.';
    expect(people(text, 'ru').map(([, native, state]) => [native, state])).toEqual([
      ['Йоханнес ван дер Линден', 'state:austria'],
    ]);
    expect(roleOf(text, 'ru', 'Йоханнеса ван дер Линдена')?.title.en).toBe('Federal President');
  });

  it('reads a run of capitalized genitives after the title («Председатель Совета Федерации»)', () => {
    const text = 'Председатель Совета Федерации России Галина Орлова встретилась с делегацией.';
    expect(roleOf(text, 'ru', 'Галина Орлова')).toMatchObject({ title: { en: 'Chairman' }, state: 'state:russia' });
    // The body's name is no person of its own.
    expect(people(text, 'ru').map(([en]) => en)).toEqual(['Galina Orlova']);
  });

  it('starts the name after an acronym of the state («РК Акан …»)', () => {
    expect(people('Участвовал первый заместитель министра иностранных дел РК Ерлан Сагындыков.', 'ru')).toEqual([
      ['Yerlan Sagindikov', 'Ерлан Сагындыков', 'state:kazakhstan'],
    ]);
  });

  it('reads «вице-спикер» as Deputy Speaker', () => {
    const text = 'В составе делегации вице-спикер Сейма Литвы Ирена Вайткуте.';
    expect(roleOf(text, 'ru', 'Ирена Вайткуте')).toMatchObject({
      title: { en: 'Deputy Speaker' },
      state: 'state:lithuania',
    });
  });

  it('reads a body named in capitals after the title («секретарь Парламентской ассамблеи Организации …»)', () => {
    const text =
      'Делегацию принял генеральный секретарь Парламентской ассамблеи Организации Черноморского экономического сотрудничества Рустам Велиев.';
    expect(roleOf(text, 'ru', 'Рустам Велиев')?.title.en).toBe('Secretary General');
    const department = 'Участвовал директор Третьего департамента Азии МИД России К.В.Орлов.';
    expect(roleOf(department, 'ru', 'К.В.Орлов')?.state).toBe('state:russia');
  });

  it('stops a role at a past-tense verb and reads «з євразійських справ»', () => {
    const text = 'Заступниця Міністра прийняла Спеціального представника Уряду КНР з євразійських справ Ван Мінцзе.';
    expect(roleOf(text, 'uk', 'Ван Мінцзе')).toMatchObject({
      title: { en: 'Special Representative' },
      state: 'state:people-s-republic-of-china',
    });
  });

  it('reads «з Верховною представницею ЄС із закордонних справ …»', () => {
    const text =
      'Міністр поспілкувався з Верховною представницею ЄС із закордонних справ і безпекової політики Каєю Тамм.';
    expect(roleOf(text, 'uk', 'Каєю Тамм')?.title.en).toBe('High Representative');
  });
});

describe('titles the wires use', () => {
  it('reads «Госсекретарь», «Держсекретар», «Очільник», «Генсекретар» and «Спецпосланець»', () => {
    expect(roleOf('Госсекретарь США Ричард Холт провел переговоры.', 'ru', 'Ричард Холт')).toMatchObject({
      title: { en: 'Secretary of State' },
      state: 'state:united-states',
    });
    expect(roleOf('Держсекретар США Річард Голт прибув до Києва.', 'uk', 'Річард Голт')?.title.en).toBe(
      'Secretary of State',
    );
    expect(roleOf('Очільник МЗС Угорщини Петер Балог заявив.', 'uk', 'Петер Балог')).toMatchObject({
      title: { en: 'Minister of Foreign Affairs' },
      state: 'state:hungary',
    });
    expect(roleOf('Генсекретар НАТО Ян Берг заявив.', 'uk', 'Ян Берг')?.title.en).toBe('Secretary General');
    expect(roleOf('Спецпосланець президента США Стів Роджерс прибув.', 'uk', 'Стів Роджерс')?.title.en).toBe(
      'Special Representative',
    );
  });

  it('reads Ukrainian feminine titles («віцепрезидентка», «спікерка», «народна депутатка»)', () => {
    expect(roleOf('Вона зустрілася з віцепрезиденткою Єврокомісії Каєю Тамм.', 'uk', 'Каєю Тамм')?.title.en).toBe(
      'Vice President',
    );
    expect(roleOf('Спікерка Сейму Литви Ірена Вайткуте заявила.', 'uk', 'Ірена Вайткуте')).toMatchObject({
      title: { en: 'Speaker' },
      state: 'state:lithuania',
    });
    expect(roleOf('Про це заявила народна депутатка Олена Коваль.', 'uk', 'Олена Коваль')?.title.en).toBe(
      'Member of Parliament',
    );
  });

  it('reads "top diplomat" and a body named in capitals after a state adjective', () => {
    expect(roleOf("He met Ukraine's top diplomat Ivan Petrenko.", 'en', 'Ivan Petrenko')).toMatchObject({
      title: { en: 'Minister of Foreign Affairs' },
      state: 'state:ukraine',
    });
    const text = 'Speaker of the Turkish Grand National Assembly Numan Koral met him.';
    expect(people(text, 'en')).toEqual([['Numan Koral', undefined, 'state:turkiye']]);
    // The title is read with the name, not again as a bare role standing for someone.
    expect(
      extract(text, 'en')
        .mentions.filter((m) => m.type === 'person')
        .map((m) => m.text),
    ).toEqual(['Numan Koral']);
  });

  it('keeps the Arabic article of a surname ("al-Sudani", «аш-Шейбани»)', () => {
    expect(people('Iraqi Prime Minister Hassan Jabir al-Karimi met him.', 'en')).toEqual([
      ['Hassan Jabir al-Karimi', undefined, 'state:iraq'],
    ]);
    expect(people('Министр иностранных дел Сирии Асаад аш-Шейбани прибыл в Москву.', 'ru')).toEqual([
      ['Asaad Ash-Sheibani', 'Асаад аш-Шейбани', 'state:syria'],
    ]);
  });
});

describe('states of roles that name none', () => {
  it('gives the host state to the official met "with" on a visit there', () => {
    const text =
      "Президент України Петро Коваль 20 травня розпочав візит до Данії зустріччю з Прем'єр-міністром Сіґне Ларсен.";
    expect(roleOf(text, 'uk', 'Сіґне Ларсен')?.state).toBe('state:denmark');
  });

  it('gives a later official of the same institution its earlier state, before the dateline', () => {
    const text =
      'Баку, 23 сентября. Спикер встретилась с председателем Сейма Литовской Республики Римантасом Жукасом.\n\nВ составе делегации вице-спикер Сейма Ирена Вайткуте.';
    expect(roleOf(text, 'ru', 'Ирена Вайткуте')?.state).toBe('state:lithuania');
  });
});
