import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import { loadCatalogue } from './load-catalogue';
import { testArticle } from './test-article';

function roleOf(text: string, language: 'ru' | 'uk' | 'en', name: string) {
  const result = extractEntities(testArticle(text, language), loadCatalogue('data/curated'));
  const mention = result.mentions.find((candidate) => candidate.text === name);
  if (!mention) throw new Error(`no mention «${name}» in: ${text}`);
  return mention.role;
}

describe('role phrases', () => {
  it('composes deputy + head + domain + state in Russian and Ukrainian', () => {
    expect(
      roleOf('Его принял первый заместитель министра обороны России Игорь Петров.', 'ru', 'Игорь Петров'),
    ).toMatchObject({
      title: { en: 'First Deputy Minister of Defence' },
      state: 'state:russia',
    });
    expect(
      roleOf('Переговори провів заступник голови МЗС України Олег Іваненко.', 'uk', 'Олег Іваненко'),
    ).toMatchObject({
      title: { en: 'Deputy Minister of Foreign Affairs' },
      state: 'state:ukraine',
    });
    expect(
      roleOf('Встречу провел председатель правительства Казахстана Олжас Бектенов.', 'ru', 'Олжас Бектенов'),
    ).toMatchObject({
      title: { en: 'Prime Minister' },
      state: 'state:kazakhstan',
    });
  });

  it('reads English word order, possessives and adjectives', () => {
    expect(roleOf("Azerbaijan's President Ilham Aliyev spoke.", 'en', 'Ilham Aliyev')).toMatchObject({
      title: { en: 'President' },
      state: 'state:azerbaijan',
    });
    expect(roleOf('Kazakh Prime Minister Olzhas Bektenov arrived.', 'en', 'Olzhas Bektenov')).toMatchObject({
      title: { en: 'Prime Minister' },
      state: 'state:kazakhstan',
    });
    expect(roleOf('He met Foreign Minister Jeyhun Bayramov.', 'en', 'Jeyhun Bayramov')?.title.en).toBe(
      'Minister of Foreign Affairs',
    );
  });

  it('reads a role after the name, and an ambassador posted by a city', () => {
    expect(
      roleOf('He received Samir Sharifov, Deputy Minister of Foreign Affairs of Azerbaijan.', 'en', 'Samir Sharifov'),
    ).toMatchObject({
      title: { en: 'Deputy Minister of Foreign Affairs' },
      state: 'state:azerbaijan',
    });
    expect(roleOf('Он принял посла Азербайджана в Москве Р.М.Мустафаева.', 'ru', 'Р.М.Мустафаева')).toMatchObject({
      title: { en: 'Ambassador' },
      state: 'state:azerbaijan',
      accreditedTo: 'state:russia',
    });
  });

  it('gives a counterpart the office of the person before it', () => {
    expect(
      roleOf(
        'Министр иностранных дел Азербайджана Джейхун Байрамов встретился со своим казахстанским коллегой Муратом Нуртлеу.',
        'ru',
        'Муратом Нуртлеу',
      ),
    ).toMatchObject({ title: { en: 'Minister of Foreign Affairs' }, state: 'state:kazakhstan' });
  });

  it('links a bare role in the nominative to the one person the article gives that office', () => {
    const text =
      'Состоялся разговор президента Азербайджана Ильхама Алиева и Александра Лукашенко. Президент Азербайджана подробно проинформировал коллегу.';
    const result = extractEntities(testArticle(text, 'ru'), loadCatalogue('data/curated'));
    expect(result.mentions.find((mention) => mention.form === 'role')).toMatchObject({
      text: 'Президент Азербайджана',
      nodeId: 'person:ilham-aliyev',
    });
  });

  it('leaves a role without a name or a clear holder alone', () => {
    const text = 'Выборы президента России пройдут весной. Президент Азербайджана примет участие.';
    const result = extractEntities(testArticle(text, 'ru'), loadCatalogue('data/curated'));
    expect(result.mentions.filter((mention) => mention.type === 'person')).toEqual([]);
  });

  it('reads an English appositive role that starts with "the", and a parliamentarian', () => {
    expect(
      roleOf('Ararat Mirzoyan, the foreign minister of Armenia, met reporters.', 'en', 'Ararat Mirzoyan'),
    ).toMatchObject({ title: { en: 'Minister of Foreign Affairs' }, state: 'state:armenia' });
    expect(roleOf('He hosted Dutch parliamentarian Ruben Klaassen.', 'en', 'Ruben Klaassen')).toMatchObject({
      title: { en: 'Member of Parliament' },
      state: 'state:netherlands',
    });
  });

  it('gives the second of two names after a plural title that title, and the states in order', () => {
    const text = 'Президенты Узбекистана и Кыргызстана Шавкат Мирзиёев и Садыр Жапаров провели переговоры.';
    expect(roleOf(text, 'ru', 'Шавкат Мирзиёев')).toMatchObject({
      title: { en: 'President' },
      state: 'state:uzbekistan',
    });
    expect(roleOf(text, 'ru', 'Садыр Жапаров')).toMatchObject({
      title: { en: 'President' },
      state: 'state:kyrgyzstan',
    });
    const none = 'Он напомнил о встрече президентов Ильхама Алиева и Касым-Жомарта Токаева.';
    expect(roleOf(none, 'ru', 'Касым-Жомарта Токаева')).toMatchObject({ title: { en: 'President' } });
    // A singular title is one person's only: «министр … Байрамов и Фидан» does not make Fidan a minister.
    const single = 'Министр иностранных дел Азербайджана Джейхун Байрамов и Хакан Фидан провели встречу.';
    expect(roleOf(single, 'ru', 'Хакан Фидан')).toBeUndefined();
  });

  it("takes a stateless role's state from the dateline, but never over a state the article gives", () => {
    const text =
      'Yerevan, February 15\n\nDeputy Foreign Minister Vahan Kostanyan hosted a delegation. Prime Minister Nikol Pashinyan of Armenia spoke. The Hungarian minister met Prime Minister Viktor Orbán. Prime Minister Viktor Orbán said so.';
    expect(roleOf(text, 'en', 'Vahan Kostanyan')).toMatchObject({ state: 'state:armenia', stateSource: 'dateline' });
    const orban = extractEntities(testArticle(text, 'en'), loadCatalogue('data/curated')).mentions.filter(
      (m) => m.type === 'person' && m.text === 'Viktor Orbán',
    );
    expect(orban.map((m) => m.role?.state)).toEqual(['state:hungary', undefined]);
  });

  it('ends a role phrase at a verb and reads a plural state name in the genitive', () => {
    const text = "Також Президент України зустрівся з Прем'єр-міністром Нідерландів Діком Схоофом.";
    expect(roleOf(text, 'uk', 'Діком Схоофом')).toMatchObject({
      title: { en: 'Prime Minister' },
      state: 'state:netherlands',
    });
  });

  it("takes a stateless role's state from an institution header line", () => {
    const text =
      "Міністерство закордонних справ України\n\nТого ж дня заступниця міністра Мар'яна Бецою провела консультації з делегацією Латвії.";
    expect(roleOf(text, 'uk', "Мар'яна Бецою")).toMatchObject({ state: 'state:ukraine', stateSource: 'dateline' });
  });
});
