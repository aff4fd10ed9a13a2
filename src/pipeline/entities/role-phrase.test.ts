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
});
