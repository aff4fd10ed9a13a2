/**
 * People's names with the case forms the templates use. Given names come from small tables
 * written out by hand; surnames are built from syllables with the endings -ов, -ин and -енко,
 * whose declension is regular (and -енко does not decline at all), so every form is right.
 */
import { fixed, forms, type Forms } from './forms';

export type Gender = 'male' | 'female';

export interface NameForms {
  ru: Forms;
  uk: Forms;
  en: string;
}

// ru nom|gen|acc|ins ; uk nom|gen|acc|ins ; en  (the locative is never used for people)
const MALE = `
Иван|Ивана|Ивана|Иваном;Іван|Івана|Івана|Іваном;Ivan
Андрей|Андрея|Андрея|Андреем;Андрій|Андрія|Андрія|Андрієм;Andrei
Сергей|Сергея|Сергея|Сергеем;Сергій|Сергія|Сергія|Сергієм;Sergei
Олег|Олега|Олега|Олегом;Олег|Олега|Олега|Олегом;Oleg
Виктор|Виктора|Виктора|Виктором;Віктор|Віктора|Віктора|Віктором;Viktor
Павел|Павла|Павла|Павлом;Павло|Павла|Павла|Павлом;Pavel
Роман|Романа|Романа|Романом;Роман|Романа|Романа|Романом;Roman
Тимур|Тимура|Тимура|Тимуром;Тимур|Тимура|Тимура|Тимуром;Timur
Рустам|Рустама|Рустама|Рустамом;Рустам|Рустама|Рустама|Рустамом;Rustam
Анар|Анара|Анара|Анаром;Анар|Анара|Анара|Анаром;Anar
Эльдар|Эльдара|Эльдара|Эльдаром;Ельдар|Ельдара|Ельдара|Ельдаром;Eldar
Вадим|Вадима|Вадима|Вадимом;Вадим|Вадима|Вадима|Вадимом;Vadim
Максим|Максима|Максима|Максимом;Максим|Максима|Максима|Максимом;Maksim
Дмитрий|Дмитрия|Дмитрия|Дмитрием;Дмитро|Дмитра|Дмитра|Дмитром;Dmitry
Марат|Марата|Марата|Маратом;Марат|Марата|Марата|Маратом;Marat
Артур|Артура|Артура|Артуром;Артур|Артура|Артура|Артуром;Artur
Давид|Давида|Давида|Давидом;Давид|Давида|Давида|Давидом;David
Тарас|Тараса|Тараса|Тарасом;Тарас|Тараса|Тараса|Тарасом;Taras
Борис|Бориса|Бориса|Борисом;Борис|Бориса|Бориса|Борисом;Boris
Кирилл|Кирилла|Кирилла|Кириллом;Кирило|Кирила|Кирила|Кирилом;Kirill
Самир|Самира|Самира|Самиром;Самір|Саміра|Саміра|Саміром;Samir
Фарид|Фарида|Фарида|Фаридом;Фарід|Фаріда|Фаріда|Фарідом;Farid
`;

const FEMALE = `
Анна|Анны|Анну|Анной;Анна|Анни|Анну|Анною;Anna
Мария|Марии|Марию|Марией;Марія|Марії|Марію|Марією;Maria
Елена|Елены|Елену|Еленой;Олена|Олени|Олену|Оленою;Elena
Ирина|Ирины|Ирину|Ириной;Ірина|Ірини|Ірину|Іриною;Irina
Наталья|Натальи|Наталью|Натальей;Наталія|Наталії|Наталію|Наталією;Natalia
Ольга|Ольги|Ольгу|Ольгой;Ольга|Ольги|Ольгу|Ольгою;Olga
Лейла|Лейлы|Лейлу|Лейлой;Лейла|Лейли|Лейлу|Лейлою;Leyla
Дина|Дины|Дину|Диной;Діна|Діни|Діну|Діною;Dina
`;

function table(spec: string): NameForms[] {
  return spec
    .trim()
    .split('\n')
    .map((line) => {
      const [ru, uk, en] = line.split(';') as [string, string, string];
      const four = (text: string) => {
        const [nom, gen, acc, ins] = text.split('|') as [string, string, string, string];
        return forms(`${nom}|${gen}|${acc}|${ins}|${nom}`);
      };
      return { ru: four(ru), uk: four(uk), en };
    });
}

export const GIVEN_NAMES: Record<Gender, NameForms[]> = { male: table(MALE), female: table(FEMALE) };

// Surname stems: syllables with their Russian, Ukrainian and English spellings.
const OPEN = [
  ['Ка', 'Ка', 'Ka'],
  ['Ла', 'Ла', 'La'],
  ['Ма', 'Ма', 'Ma'],
  ['Ро', 'Ро', 'Ro'],
  ['Со', 'Со', 'So'],
  ['Ту', 'Ту', 'Tu'],
  ['Да', 'Да', 'Da'],
  ['Бе', 'Бе', 'Be'],
  ['Ве', 'Ве', 'Ve'],
  ['Ко', 'Ко', 'Ko'],
  ['Но', 'Но', 'No'],
  ['Па', 'Па', 'Pa'],
  ['Та', 'Та', 'Ta'],
  ['Лу', 'Лу', 'Lu'],
  ['За', 'За', 'Za'],
  ['Ба', 'Ба', 'Ba'],
] as const;
const MIDDLE = [
  ['', '', ''],
  ['ра', 'ра', 'ra'],
  ['ло', 'ло', 'lo'],
  ['ду', 'ду', 'du'],
  ['ме', 'ме', 'me'],
] as const;
const CLOSED = [
  ['рам', 'рам', 'ram'],
  ['лен', 'лен', 'len'],
  ['дун', 'дун', 'dun'],
  ['бар', 'бар', 'bar'],
  ['тал', 'тал', 'tal'],
  ['мор', 'мор', 'mor'],
  ['сал', 'сал', 'sal'],
  ['рез', 'рез', 'rez'],
  ['тор', 'тор', 'tor'],
  ['дан', 'дан', 'dan'],
  ['пол', 'пол', 'pol'],
  ['сен', 'сен', 'sen'],
] as const;

export type SurnameEnding = 'ov' | 'in' | 'enko';
export const SURNAME_ENDINGS: readonly SurnameEnding[] = ['ov', 'in', 'enko'];

export interface SurnameStem {
  ru: string;
  uk: string;
  en: string;
}

/** Every stem the syllables make, in a fixed order. */
export function surnameStems(): SurnameStem[] {
  const stems: SurnameStem[] = [];
  for (const closed of CLOSED) {
    for (const middle of MIDDLE) {
      for (const open of OPEN) {
        stems.push({
          ru: open[0] + middle[0] + closed[0],
          uk: open[1] + middle[1] + closed[1],
          en: open[2] + middle[2] + closed[2],
        });
      }
    }
  }
  return stems;
}

/** The surname in each case: Карамов, Карамова, Карамовым; Карамова, Карамовой; Карамін, Караміним. */
export function declineSurname(stem: SurnameStem, ending: SurnameEnding, gender: Gender): NameForms {
  if (ending === 'enko') {
    return { ru: fixed(`${stem.ru}енко`), uk: fixed(`${stem.uk}енко`), en: `${stem.en}enko` };
  }
  const ru = ending === 'ov' ? 'ов' : 'ин';
  const uk = ending === 'ov' ? 'ов' : 'ін';
  const en = ending === 'ov' ? 'ov' : 'in';
  if (gender === 'male') {
    return {
      ru: forms(`${stem.ru}${ru}|${stem.ru}${ru}а|${stem.ru}${ru}а|${stem.ru}${ru}ым|${stem.ru}${ru}е`),
      uk: forms(`${stem.uk}${uk}|${stem.uk}${uk}а|${stem.uk}${uk}а|${stem.uk}${uk}им|${stem.uk}${uk}і`),
      en: `${stem.en}${en}`,
    };
  }
  return {
    ru: forms(`${stem.ru}${ru}а|${stem.ru}${ru}ой|${stem.ru}${ru}у|${stem.ru}${ru}ой|${stem.ru}${ru}ой`),
    uk: forms(`${stem.uk}${uk}а|${stem.uk}${uk}ої|${stem.uk}${uk}у|${stem.uk}${uk}ою|${stem.uk}${uk}ій`),
    en: `${stem.en}${en}a`,
  };
}
