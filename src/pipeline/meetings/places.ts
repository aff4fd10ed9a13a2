/**
 * Cities where meetings happen, with the state each lies in. Meeting places are kept as text
 * (the English name); the state becomes a held_in edge when the graph has that state.
 * Stems match every case form: «в Астане», «до Астани», «Астана».
 */
interface City {
  en: string;
  state: string;
  forms: RegExp;
}

const city = (en: string, state: string, forms: string): City => ({
  en,
  state: `state:${state}`,
  forms: new RegExp(`^(?:${forms})$`, 'u'),
});
const S = '\\p{Ll}*';

export const CITIES: readonly City[] = [
  city('Baku', 'azerbaijan', `Баку|Baku`),
  city('Ganja', 'azerbaijan', `Гяндж${S}|Гяндж${S}|Ganja`),
  city('Fuzuli', 'azerbaijan', `Физули|Фізулі|Fuzuli`),
  city('Shusha', 'azerbaijan', `Шуш${S}|Shusha`),
  city('Nakhchivan', 'azerbaijan', `Нахчыван${S}|Нахчиван${S}|Nakhchivan`),
  city('Astana', 'kazakhstan', `Астан${S}|Astana`),
  city('Almaty', 'kazakhstan', `Алмат${S}|Almaty`),
  city('Dushanbe', 'tajikistan', `Душанбе|Dushanbe`),
  city('Tashkent', 'uzbekistan', `Ташкент${S}|Tashkent`),
  city('Samarkand', 'uzbekistan', `Самарканд${S}|Samarkand`),
  city('Bishkek', 'kyrgyzstan', `Бишкек${S}|Бішкек${S}|Bishkek`),
  city('Ashgabat', 'turkmenistan', `Ашхабад${S}|Ашгабат${S}|Ashgabat`),
  city('Moscow', 'russia', `Москв${S}|Moscow`),
  city('Saint Petersburg', 'russia', `Санкт-Петербург${S}|Петербург${S}|St\\.? Petersburg|Saint Petersburg`),
  city('Sochi', 'russia', `Сочи|Сочі|Sochi`),
  city('Kazan', 'russia', `Казан${S}|Kazan`),
  city('Kyiv', 'ukraine', `Ки[её]в${S}|Київ${S}|Києв${S}|Kyiv|Kiev`),
  city('Odesa', 'ukraine', `Одесс?${S}|Odesa|Odessa`),
  city('Lviv', 'ukraine', `Львов${S}|Львів${S}|Львов|Lviv`),
  city('Minsk', 'belarus', `Минск${S}|Мінськ${S}|Minsk`),
  city('Yerevan', 'armenia', `Ереван${S}|Єреван${S}|Yerevan`),
  city('Tbilisi', 'georgia', `Тбилиси|Тбілісі|Tbilisi`),
  city('Chisinau', 'moldova', `Кишин[её]в${S}|Кишинів${S}|Кишинев${S}|Chisinau|Chișinău`),
  city('Ankara', 'turkiye', `Анкар${S}|Ankara`),
  city('Istanbul', 'turkiye', `Стамбул${S}|İstanbul|Istanbul`),
  city('Antalya', 'turkiye', `Анталь${S}|Анталі${S}|Antalya`),
  city('Tehran', 'iran', `Тегеран${S}|Tehran`),
  city('Tallinn', 'estonia', `Таллин${S}|Таллінн${S}|Tallinn`),
  city('Riga', 'latvia', `Риг${S}|Ризі|Riga`),
  city('Vilnius', 'lithuania', `Вильнюс${S}|Вільнюс${S}|Vilnius`),
  city('Warsaw', 'poland', `Варшав${S}|Warsaw`),
  city('Berlin', 'germany', `Берлин${S}|Берлін${S}|Berlin`),
  city('Munich', 'germany', `Мюнхен${S}|Munich`),
  city('Paris', 'france', `Париж${S}|Paris`),
  city('London', 'united-kingdom', `Лондон${S}|London`),
  city('Brussels', 'belgium', `Брюссел${S}|Брюсел${S}|Brussels`),
  city('Budapest', 'hungary', `Будапешт${S}|Budapest`),
  city('Bucharest', 'romania', `Бухарест${S}|Bucharest`),
  city('Washington', 'united-states', `Вашингтон${S}|Washington`),
  city('New York', 'united-states', `Нью-Йорк${S}|New York`),
  city('Beijing', 'china', `Пекин${S}|Пекін${S}|Beijing`),
  city('Tokyo', 'japan', `Токио|Токіо|Tokyo`),
  city('Canberra', 'australia', `Канберр${S}|Canberra`),
  city('Geneva', 'switzerland', `Женев${S}|Geneva`),
  city('Davos', 'switzerland', `Давос${S}|Davos`),
  city('Doha', 'qatar', `Доха|Дохе|Досі|Doha`),
  city('Abu Dhabi', 'united-arab-emirates', `Абу-Даби|Абу-Дабі|Abu Dhabi`),
  city('Riyadh', 'saudi-arabia', `Эр-Рияд${S}|Ер-Ріяд${S}|Riyadh`),
  city('Vienna', 'austria', `Вен[аеуы]|Відн[іяю]|Відень|Vienna`),
  city('Rome', 'italy', `Рим[аеу]?|Римі|Rome`),
  city('Madrid', 'spain', `Мадрид${S}|Madrid`),
  city('Prague', 'czechia', `Праг${S}|Празі|Prague`),
  city('Bratislava', 'slovakia', `Братислав${S}|Bratislava`),
  city('Athens', 'greece', `Афин${S}|Афін${S}|Athens`),
  city('Helsinki', 'finland', `Хельсинки|Гельсінкі|Helsinki`),
  city('Stockholm', 'sweden', `Стокгольм${S}|Stockholm`),
  city('Oslo', 'norway', `Осло|Oslo`),
  city('Copenhagen', 'denmark', `Копенгаген${S}|Copenhagen`),
  city('Amsterdam', 'netherlands', `Амстердам${S}|Amsterdam`),
  city('The Hague', 'netherlands', `Гааг${S}|Гаазі|Hague`),
  city('Lisbon', 'portugal', `Лиссабон${S}|Лісабон${S}|Lisbon`),
  city('Belgrade', 'serbia', `Белград${S}|Бєлград${S}|Belgrade`),
  city('Zagreb', 'croatia', `Загреб${S}|Zagreb`),
  city('Sofia', 'bulgaria', `Софи[яиюе]|Софі[яїюєі]|Sofia`),
  city('Ottawa', 'canada', `Оттав${S}|Оттаві|Ottawa`),
  city('Seoul', 'south-korea', `Сеул${S}|Seoul`),
  city('New Delhi', 'india', `Нью-Дели|Нью-Делі|Delhi`),
  city('Islamabad', 'pakistan', `Исламабад${S}|Ісламабад${S}|Islamabad`),
  city('Cairo', 'egypt', `Каир${S}|Каїр${S}|Cairo`),
  city('Baghdad', 'iraq', `Багдад${S}|Baghdad`),
  city('Amman', 'jordan', `Амман${S}|Amman`),
  city('Muscat', 'oman', `Маскат${S}|Muscat`),
  city('Kuwait City', 'kuwait', `Эль-Кувейт${S}|Kuwait City`),
  city('Dublin', 'ireland', `Дублин${S}|Дублін${S}|Dublin`),
  city('Luxembourg', 'luxembourg', `Люксембург${S}|Luxembourg`),
  city('Strasbourg', 'france', `Страсбург${S}|Strasbourg`),
];

/** The city a capitalized word (or two) names, if it is one we know. */
const known = new Map<string, City | null>();
export function findCity(word: string): City | undefined {
  let city = known.get(word);
  if (city === undefined) {
    city = CITIES.find((c) => c.forms.test(word)) ?? null;
    if (known.size < 100_000) known.set(word, city);
  }
  return city ?? undefined;
}

/** Capitalized words (with hyphens) and their offsets in `text`. */
export function capitalizedWords(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/(?<!\p{L})\p{Lu}[\p{L}-]*(?:\s(?:York|Dhabi|Petersburg|City))?/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}
