import { describe, expect, it } from 'vitest';
import { nominativeName, type Gender } from './nominative';

const known: Record<string, Gender> = { денис: 'male', гульнора: 'female', андрій: 'male' };
const genderOf = (name: string) => known[name.toLowerCase()];
const name = (given: string, surname: string, language: string) => {
  const result = nominativeName(given, surname, language, genderOf);
  return `${result.given} ${result.surname}`;
};

describe('nominativeName', () => {
  it('puts Russian names in any case back in the nominative, checked with petrovich', () => {
    expect(name('Маргусом', 'Цахкной', 'ru')).toBe('Маргус Цахкна');
    expect(name('Маргуса', 'Цахкны', 'ru')).toBe('Маргус Цахкна');
    expect(name('Маргус', 'Цахкна', 'ru')).toBe('Маргус Цахкна');
    expect(name('Гульнорой', 'Рахимовой', 'ru')).toBe('Гульнора Рахимова');
    expect(name('Р.М.', 'Мустафаевым', 'ru')).toBe('Р.М. Мустафаев');
  });

  it('does the same for Ukrainian with its own endings', () => {
    expect(name('Денисом', 'Шмигалем', 'uk')).toBe('Денис Шмигаль');
    expect(name('Дениса', 'Шмигаля', 'uk')).toBe('Денис Шмигаль');
    expect(name('Олександра', 'Міщенка', 'uk')).toBe('Олександр Міщенко');
    expect(name('Йонатаном', 'Всевйовим', 'uk')).toBe('Йонатан Всевйов');
    expect(name('Андрій', 'Єрмак', 'uk')).toBe('Андрій Єрмак');
  });

  it('reads foreign names with an indeclinable or -к surname back to their nominative', () => {
    expect(name('Діком', 'Схоофом', 'uk')).toBe('Дік Схооф');
    expect(name('Дональдом', 'Туском', 'uk')).toBe('Дональд Туск');
    expect(name('Олександром', 'Міщенком', 'uk')).toBe('Олександр Міщенко');
    expect(name('Феридуном', 'Синирлиоглу', 'ru')).toBe('Феридун Синирлиоглу');
    expect(name('Ислом', 'Каримов', 'ru')).toBe('Ислом Каримов');
  });

  it('reads Asian names whose given name is left undeclined before a declined surname', () => {
    expect(name('Прак', 'Сокхонном', 'ru')).toBe('Прак Сокхонн');
    expect(name('Вилаванх', 'Будданавонгом', 'ru')).toBe('Вилаванх Будданавонг');
    // Ukrainian: an -і given name is a genitive only, so it does not pair with an instrumental -ою surname.
    expect(name('Кунінорі', 'Мацудою', 'uk')).toBe('Кунінорі Мацуда');
  });

  it('never keeps an instrumental given name before an indeclinable surname', () => {
    expect(name('Йонасом', 'Стьоре', 'uk')).toBe('Йонас Стьоре');
    expect(name('Мартином', 'Кочаром', 'uk')).toBe('Мартин Кочар');
  });

  it('tells the gender from the given-name list', () => {
    expect(nominativeName('Гульнорой', 'Рахимовой', 'ru', genderOf).gender).toBe('female');
  });
});
