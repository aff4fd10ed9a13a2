/**
 * States with every case form the templates use. Real states are written out by hand (their
 * Ukrainian forms differ from the Russian ones in ways no rule captures); the rest of the
 * synthetic world is invented names ending in -ия/-ія, whose declension is regular.
 */
import { forms, type Forms } from './forms';

export interface StateEntry {
  slug: string;
  iso?: string;
  en: string;
  ru: Forms;
  uk: Forms;
  /** The capital: nominative for datelines; the locative ("в Баку") only where it is known. */
  capital: { en: string; ru: string; uk: string; ruLoc?: string; ukLoc?: string };
}

// slug|ISO|en|ru nom,gen,acc,loc|uk nom,gen,acc,loc|capital en|ru nom,loc|uk nom,loc
const HAND_WRITTEN = `
azerbaijan|AZ|Azerbaijan|Азербайджан,Азербайджана,Азербайджан,Азербайджане|Азербайджан,Азербайджану,Азербайджан,Азербайджані|Baku|Баку,Баку|Баку,Баку
russia|RU|Russia|Россия,России,Россию,России|Росія,Росії,Росію,Росії|Moscow|Москва,Москве|Москва,Москві
ukraine|UA|Ukraine|Украина,Украины,Украину,Украине|Україна,України,Україну,Україні|Kyiv|Киев,Киеве|Київ,Києві
kazakhstan|KZ|Kazakhstan|Казахстан,Казахстана,Казахстан,Казахстане|Казахстан,Казахстану,Казахстан,Казахстані|Astana|Астана,Астане|Астана,Астані
belarus|BY|Belarus|Беларусь,Беларуси,Беларусь,Беларуси|Білорусь,Білорусі,Білорусь,Білорусі|Minsk|Минск,Минске|Мінськ,Мінську
georgia|GE|Georgia|Грузия,Грузии,Грузию,Грузии|Грузія,Грузії,Грузію,Грузії|Tbilisi|Тбилиси,Тбилиси|Тбілісі,Тбілісі
armenia|AM|Armenia|Армения,Армении,Армению,Армении|Вірменія,Вірменії,Вірменію,Вірменії|Yerevan|Ереван,Ереване|Єреван,Єревані
turkey|TR|Turkey|Турция,Турции,Турцию,Турции|Туреччина,Туреччини,Туреччину,Туреччині|Ankara|Анкара,Анкаре|Анкара,Анкарі
uzbekistan|UZ|Uzbekistan|Узбекистан,Узбекистана,Узбекистан,Узбекистане|Узбекистан,Узбекистану,Узбекистан,Узбекистані|Tashkent|Ташкент,Ташкенте|Ташкент,Ташкенті
kyrgyzstan|KG|Kyrgyzstan|Киргизия,Киргизии,Киргизию,Киргизии|Киргизстан,Киргизстану,Киргизстан,Киргизстані|Bishkek|Бишкек,Бишкеке|Бішкек,Бішкеку
tajikistan|TJ|Tajikistan|Таджикистан,Таджикистана,Таджикистан,Таджикистане|Таджикистан,Таджикистану,Таджикистан,Таджикистані|Dushanbe|Душанбе,Душанбе|Душанбе,Душанбе
turkmenistan|TM|Turkmenistan|Туркменистан,Туркменистана,Туркменистан,Туркменистане|Туркменістан,Туркменістану,Туркменістан,Туркменістані|Ashgabat|Ашхабад,Ашхабаде|Ашгабат,Ашгабаті
moldova|MD|Moldova|Молдова,Молдовы,Молдову,Молдове|Молдова,Молдови,Молдову,Молдові|Chisinau|Кишинев,Кишиневе|Кишинів,Кишиневі
estonia|EE|Estonia|Эстония,Эстонии,Эстонию,Эстонии|Естонія,Естонії,Естонію,Естонії|Tallinn|Таллин,Таллине|Таллінн,Таллінні
latvia|LV|Latvia|Латвия,Латвии,Латвию,Латвии|Латвія,Латвії,Латвію,Латвії|Riga|Рига,Риге|Рига,Ризі
lithuania|LT|Lithuania|Литва,Литвы,Литву,Литве|Литва,Литви,Литву,Литві|Vilnius|Вильнюс,Вильнюсе|Вільнюс,Вільнюсі
poland|PL|Poland|Польша,Польши,Польшу,Польше|Польща,Польщі,Польщу,Польщі|Warsaw|Варшава,Варшаве|Варшава,Варшаві
germany|DE|Germany|Германия,Германии,Германию,Германии|Німеччина,Німеччини,Німеччину,Німеччині|Berlin|Берлин,Берлине|Берлін,Берліні
france|FR|France|Франция,Франции,Францию,Франции|Франція,Франції,Францію,Франції|Paris|Париж,Париже|Париж,Парижі
italy|IT|Italy|Италия,Италии,Италию,Италии|Італія,Італії,Італію,Італії|Rome|Рим,Риме|Рим,Римі
china|CN|China|Китай,Китая,Китай,Китае|Китай,Китаю,Китай,Китаї|Beijing|Пекин,Пекине|Пекін,Пекіні
india|IN|India|Индия,Индии,Индию,Индии|Індія,Індії,Індію,Індії|New Delhi|Нью-Дели,Нью-Дели|Нью-Делі,Нью-Делі
iran|IR|Iran|Иран,Ирана,Иран,Иране|Іран,Ірану,Іран,Ірані|Tehran|Тегеран,Тегеране|Тегеран,Тегерані
japan|JP|Japan|Япония,Японии,Японию,Японии|Японія,Японії,Японію,Японії|Tokyo|Токио,Токио|Токіо,Токіо
hungary|HU|Hungary|Венгрия,Венгрии,Венгрию,Венгрии|Угорщина,Угорщини,Угорщину,Угорщині|Budapest|Будапешт,Будапеште|Будапешт,Будапешті
romania|RO|Romania|Румыния,Румынии,Румынию,Румынии|Румунія,Румунії,Румунію,Румунії|Bucharest|Бухарест,Бухаресте|Бухарест,Бухаресті
serbia|RS|Serbia|Сербия,Сербии,Сербию,Сербии|Сербія,Сербії,Сербію,Сербії|Belgrade|Белград,Белграде|Белград,Белграді
israel|IL|Israel|Израиль,Израиля,Израиль,Израиле|Ізраїль,Ізраїлю,Ізраїль,Ізраїлі|Jerusalem|Иерусалим,Иерусалиме|Єрусалим,Єрусалимі
egypt|EG|Egypt|Египет,Египта,Египет,Египте|Єгипет,Єгипту,Єгипет,Єгипті|Cairo|Каир,Каире|Каїр,Каїрі
pakistan|PK|Pakistan|Пакистан,Пакистана,Пакистан,Пакистане|Пакистан,Пакистану,Пакистан,Пакистані|Islamabad|Исламабад,Исламабаде|Ісламабад,Ісламабаді
bulgaria|BG|Bulgaria|Болгария,Болгарии,Болгарию,Болгарии|Болгарія,Болгарії,Болгарію,Болгарії|Sofia|София,Софии|Софія,Софії
greece|GR|Greece|Греция,Греции,Грецию,Греции|Греція,Греції,Грецію,Греції|Athens|Афины,Афинах|Афіни,Афінах
austria|AT|Austria|Австрия,Австрии,Австрию,Австрии|Австрія,Австрії,Австрію,Австрії|Vienna|Вена,Вене|Відень,Відні
finland|FI|Finland|Финляндия,Финляндии,Финляндию,Финляндии|Фінляндія,Фінляндії,Фінляндію,Фінляндії|Helsinki|Хельсинки,Хельсинки|Гельсінкі,Гельсінкі
mongolia|MN|Mongolia|Монголия,Монголии,Монголию,Монголии|Монголія,Монголії,Монголію,Монголії|Ulaanbaatar|Улан-Батор,Улан-Баторе|Улан-Батор,Улан-Баторі
slovakia|SK|Slovakia|Словакия,Словакии,Словакию,Словакии|Словаччина,Словаччини,Словаччину,Словаччині|Bratislava|Братислава,Братиславе|Братислава,Братиславі
czechia|CZ|Czechia|Чехия,Чехии,Чехию,Чехии|Чехія,Чехії,Чехію,Чехії|Prague|Прага,Праге|Прага,Празі
croatia|HR|Croatia|Хорватия,Хорватии,Хорватию,Хорватии|Хорватія,Хорватії,Хорватію,Хорватії|Zagreb|Загреб,Загребе|Загреб,Загребі
jordan|JO|Jordan|Иордания,Иордании,Иорданию,Иордании|Йорданія,Йорданії,Йорданію,Йорданії|Amman|Амман,Аммане|Амман,Аммані
indonesia|ID|Indonesia|Индонезия,Индонезии,Индонезию,Индонезии|Індонезія,Індонезії,Індонезію,Індонезії|Jakarta|Джакарта,Джакарте|Джакарта,Джакарті
`;

// Real states whose names decline regularly: ISO|ru|uk|en|capital (indeclinable in both languages).
const REGULAR_REAL = `
AU|Австралия|Австралія|Australia|Канберра
AL|Албания|Албанія|Albania|Тирана
AF|Афганистан|Афганістан|Afghanistan|Кабул
BE|Бельгия|Бельгія|Belgium|Брюссель
BO|Боливия|Болівія|Bolivia|Сукре
BR|Бразилия|Бразилія|Brazil|Бразилиа
GB|Великобритания|Великобританія|United Kingdom|Лондон
DK|Дания|Данія|Denmark|Копенгаген
ZM|Замбия|Замбія|Zambia|Лусака
IE|Ирландия|Ірландія|Ireland|Дублин
IS|Исландия|Ісландія|Iceland|Рейкьявик
ES|Испания|Іспанія|Spain|Мадрид
KE|Кения|Кенія|Kenya|Найроби
CO|Колумбия|Колумбія|Colombia|Богота
LR|Либерия|Ліберія|Liberia|Монровия
LB|Ливан|Ліван|Lebanon|Бейрут
LY|Ливия|Лівія|Libya|Триполи
MR|Мавритания|Мавританія|Mauritania|Нуакшот
MY|Малайзия|Малайзія|Malaysia|Куала-Лумпур
NA|Намибия|Намібія|Namibia|Виндхук
NG|Нигерия|Нігерія|Nigeria|Абуджа
NO|Норвегия|Норвегія|Norway|Осло
OM|Оман|Оман|Oman|Маскат
PT|Португалия|Португалія|Portugal|Лиссабон
SY|Сирия|Сирія|Syria|Дамаск
SI|Словения|Словенія|Slovenia|Любляна
SD|Судан|Судан|Sudan|Хартум
TZ|Танзания|Танзанія|Tanzania|Додома
ME|Черногория|Чорногорія|Montenegro|Подгорица
CH|Швейцария|Швейцарія|Switzerland|Берн
SE|Швеция|Швеція|Sweden|Стокгольм
ET|Эфиопия|Ефіопія|Ethiopia|Аддис-Абеба
BT|Бутан|Бутан|Bhutan|Тхимпху
`;

function caseList(spec: string, ins: (nom: string) => string): Forms {
  const [nom, gen, acc, loc] = spec.split(',') as [string, string, string, string];
  return { nom, gen, acc, ins: ins(nom), loc };
}

/** Regular endings: -ия/-ія feminine, consonant-final masculine (-ан). */
export function declineRegularRu(nom: string): Forms {
  if (nom.endsWith('ия')) {
    const stem = nom.slice(0, -2);
    return forms(`${nom}|${stem}ии|${stem}ию|${stem}ией|${stem}ии`);
  }
  return forms(`${nom}|${nom}а|${nom}|${nom}ом|${nom}е`);
}

export function declineRegularUk(nom: string): Forms {
  if (nom.endsWith('ія')) {
    const stem = nom.slice(0, -2);
    return forms(`${nom}|${stem}ії|${stem}ію|${stem}ією|${stem}ії`);
  }
  return forms(`${nom}|${nom}у|${nom}|${nom}ом|${nom}і`);
}

const slugOf = (en: string) => en.toLowerCase().replace(/[^a-z]+/g, '-');

function handWritten(): StateEntry[] {
  return HAND_WRITTEN.trim()
    .split('\n')
    .map((line) => {
      const [slug, iso, en, ru, uk, capitalEn, capitalRu, capitalUk] = line.split('|') as string[];
      const [capRuNom, capRuLoc] = capitalRu!.split(',') as [string, string];
      const [capUkNom, capUkLoc] = capitalUk!.split(',') as [string, string];
      // Instrumental forms are derived; no template puts a state in the instrumental after a
      // soft-sign or -ина ending, so the regular rule is enough for those that use it.
      return {
        slug: slug!,
        iso: iso!,
        en: en!,
        ru: caseList(ru!, (nom) => declineRegularRu(nom).ins),
        uk: caseList(uk!, (nom) => declineRegularUk(nom).ins),
        capital: { en: capitalEn!, ru: capRuNom, uk: capUkNom, ruLoc: capRuLoc, ukLoc: capUkLoc },
      };
    });
}

function regularReal(): StateEntry[] {
  return REGULAR_REAL.trim()
    .split('\n')
    .map((line) => {
      const [iso, ru, uk, en, capital] = line.split('|') as [string, string, string, string, string];
      return {
        slug: slugOf(en),
        iso,
        en,
        ru: declineRegularRu(ru),
        uk: declineRegularUk(uk),
        // Only the nominative is written here: datelines use it, and no template declines it.
        capital: { en: capital, ru: capital, uk: capital },
      };
    });
}

// Invented names: syllable pairs with their Russian, Ukrainian and English spellings.
const ONSETS = [
  ['Вал', 'Вал', 'Val'],
  ['Тар', 'Тар', 'Tar'],
  ['Мер', 'Мер', 'Mer'],
  ['Сол', 'Сол', 'Sol'],
  ['Кар', 'Кар', 'Kar'],
  ['Дор', 'Дор', 'Dor'],
  ['Лен', 'Лен', 'Len'],
  ['Нор', 'Нор', 'Nor'],
  ['Пар', 'Пар', 'Par'],
  ['Рут', 'Рут', 'Rut'],
  ['Сан', 'Сан', 'San'],
  ['Тем', 'Тем', 'Tem'],
  ['Вер', 'Вер', 'Ver'],
  ['Мал', 'Мал', 'Mal'],
  ['Кор', 'Кор', 'Kor'],
  ['Бел', 'Бел', 'Bel'],
] as const;
const MIDDLES = [
  ['до', 'до', 'do'],
  ['ва', 'ва', 'va'],
  ['ма', 'ма', 'ma'],
  ['ло', 'ло', 'lo'],
  ['ре', 'ре', 're'],
  ['та', 'та', 'ta'],
  ['ну', 'ну', 'nu'],
  ['са', 'са', 'sa'],
] as const;
const CODAS = [
  ['р', 'р', 'r'],
  ['н', 'н', 'n'],
  ['в', 'в', 'v'],
  ['л', 'л', 'l'],
] as const;

function invented(count: number): StateEntry[] {
  const states: StateEntry[] = [];
  for (const coda of CODAS) {
    for (const middle of MIDDLES) {
      for (const onset of ONSETS) {
        if (states.length === count) return states;
        const ru = `${onset[0]}${middle[0]}${coda[0]}ия`;
        const uk = `${onset[1]}${middle[1]}${coda[1]}ія`;
        const en = `${onset[2]}${middle[2]}${coda[2]}ia`;
        const capitalRu = `${onset[0]}${middle[0]}${coda[0]}ено`;
        states.push({
          slug: slugOf(en),
          en,
          ru: declineRegularRu(ru),
          uk: declineRegularUk(uk),
          // Names in -ено do not decline, so the locative is the nominative.
          capital: { en: `${en.slice(0, -2)}eno`, ru: capitalRu, uk: capitalRu, ruLoc: capitalRu, ukLoc: capitalRu },
        });
      }
    }
  }
  return states;
}

/** `count` states: the real ones first (the busiest in the corpus), then invented ones. */
export function stateEntries(count: number): StateEntry[] {
  const real = [...handWritten(), ...regularReal()];
  const taken = new Set(real.map((state) => state.slug));
  const extra = invented(512).filter((state) => !taken.has(state.slug));
  return [...real, ...extra].slice(0, count);
}
