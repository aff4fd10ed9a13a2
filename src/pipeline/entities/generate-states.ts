/**
 * Writes data/curated/states.yaml once from i18n-iso-countries (names in en/ru/uk), plus the
 * adjective stems and aliases below that the package does not have. Run it again only to start
 * over: after generation the file is edited by hand.
 *
 *   npx tsx src/pipeline/entities/generate-states.ts [--force]
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stringify } from 'yaml';
import { writeFileAtomic } from '../io/atomic-write';
import { slugify } from '../names/slug';

const require = createRequire(import.meta.url);
type Names = { countries: Record<string, string | string[]> };
const en = require('i18n-iso-countries/langs/en.json') as Names;
const ru = require('i18n-iso-countries/langs/ru.json') as Names;
const uk = require('i18n-iso-countries/langs/uk.json') as Names;

/** The 193 UN member states, and four states the news treats as actors (PS, XK, TW, VA). */
const CODES = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF
TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW
GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH
MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC
WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US
UY UZ VU VE VN YE ZM ZW PS XK TW VA`.split(/\s+/);

/** Short everyday names where the package gives a formal or inverted one. */
const LABELS: Record<string, { en?: string; ru?: string; uk?: string }> = {
  RU: { en: 'Russia', ru: 'Россия' },
  KR: { en: 'South Korea', ru: 'Южная Корея', uk: 'Південна Корея' },
  KP: { en: 'North Korea', ru: 'КНДР', uk: 'КНДР' },
  IR: { en: 'Iran' },
  US: { en: 'United States' },
  GB: { en: 'United Kingdom' },
  MD: { en: 'Moldova', ru: 'Молдова' },
  PS: { en: 'Palestine', ru: 'Палестина' },
  TW: { en: 'Taiwan', uk: 'Тайвань' },
  VA: { en: 'Vatican' },
  SY: { en: 'Syria' },
  TZ: { en: 'Tanzania' },
  LA: { en: 'Laos' },
  CD: { en: 'DR Congo', ru: 'ДР Конго', uk: 'ДР Конго' },
  CG: { en: 'Republic of the Congo', uk: 'Республіка Конго' },
  CZ: { en: 'Czechia' },
  MK: { en: 'North Macedonia' },
  FM: { en: 'Micronesia' },
  BN: { en: 'Brunei', uk: 'Бруней' },
  CI: { en: "Côte d'Ivoire" },
  TR: { en: 'Türkiye' },
  KG: { ru: 'Киргизия', uk: 'Киргизстан' },
};

/** More names a text may use; the package's alternatives are added too. */
const ALIASES: Record<string, string[]> = {
  AZ: ['Азербайджанская Республика', 'Азербайджанська Республіка', 'Republic of Azerbaijan'],
  BY: ['Республика Беларусь', 'Республіка Білорусь', 'Белоруссия', 'Білорусія', 'Republic of Belarus'],
  KZ: ['Республика Казахстан', 'Республіка Казахстан', 'Republic of Kazakhstan'],
  RU: ['Российская Федерация', 'Російська Федерація', 'РФ'],
  UA: ['Украина', 'Ukraine'],
  US: ['Соединённые Штаты', 'Соединенные Штаты Америки', 'Сполучені Штати', 'Сполучені Штати Америки'],
  GB: ['Соединённое Королевство', 'Британия', 'Британія', 'Britain'],
  KG: ['Кыргызстан', 'Кыргызская Республика', 'Kyrgyz Republic'],
  TM: ['Туркмения'],
  MD: ['Молдавия', 'Республика Молдова', 'Республіка Молдова'],
  AM: ['Республика Армения', 'Республіка Вірменія'],
  GE: ['Грузия', 'Грузія'],
  TR: ['Турецкая Республика', 'Туреччина', 'Turkey'],
  CN: ['КНР', 'Китайская Народная Республика', 'PRC'],
  UZ: ['Республика Узбекистан', 'Республіка Узбекистан'],
  TJ: ['Республика Таджикистан'],
  DE: ['ФРГ'],
  AE: ['ОАЭ', 'ОАЕ', 'UAE'],
};

/**
 * Adjective stems (ru, uk: matched with adjective endings; en: whole words). Only states whose
 * adjective is not simply derived by rule are listed; the rule covers only "-ан" → "-анск" (Оман → оманский),
 * because "-ия" adjectives are too irregular (Армения → армянский, Бразилия → бразильский).
 */
const ADJECTIVES: Record<string, { en?: string[]; ru?: string[]; uk?: string[] }> = {
  AZ: { en: ['Azerbaijani', 'Azeri'], ru: ['азербайджанск'], uk: ['азербайджанськ'] },
  UA: { en: ['Ukrainian'], ru: ['украинск'], uk: ['українськ'] },
  RU: { en: ['Russian'], ru: ['российск'], uk: ['російськ'] },
  BY: { en: ['Belarusian'], ru: ['белорусск'], uk: ['білоруськ'] },
  KZ: { en: ['Kazakh', 'Kazakhstani'], ru: ['казахстанск'], uk: ['казахстанськ'] },
  AM: { en: ['Armenian'], ru: ['армянск'], uk: ['вірменськ'] },
  GE: { en: ['Georgian'], ru: ['грузинск'], uk: ['грузинськ'] },
  MD: { en: ['Moldovan'], ru: ['молдавск', 'молдовск'], uk: ['молдовськ', 'молдавськ'] },
  TR: { en: ['Turkish'], ru: ['турецк'], uk: ['турецьк'] },
  IR: { en: ['Iranian'], ru: ['иранск'], uk: ['іранськ'] },
  UZ: { en: ['Uzbek'], ru: ['узбекск', 'узбекистанск'], uk: ['узбецьк', 'узбекистанськ'] },
  TM: { en: ['Turkmen'], ru: ['туркменск'], uk: ['туркменськ'] },
  KG: { en: ['Kyrgyz'], ru: ['киргизск', 'кыргызск', 'кыргызстанск'], uk: ['киргизьк', 'киргизстанськ'] },
  TJ: { en: ['Tajik'], ru: ['таджикск'], uk: ['таджицьк'] },
  CN: { en: ['Chinese'], ru: ['китайск'], uk: ['китайськ'] },
  US: { en: ['American'], ru: ['американск'], uk: ['американськ'] },
  GB: { en: ['British'], ru: ['британск'], uk: ['британськ'] },
  DE: { en: ['German'], ru: ['немецк', 'германск'], uk: ['німецьк'] },
  FR: { en: ['French'], ru: ['французск'], uk: ['французьк'] },
  IT: { en: ['Italian'], ru: ['итальянск'], uk: ['італійськ'] },
  PL: { en: ['Polish'], ru: ['польск'], uk: ['польськ'] },
  EE: { en: ['Estonian'], ru: ['эстонск'], uk: ['естонськ'] },
  LV: { en: ['Latvian'], ru: ['латвийск'], uk: ['латвійськ'] },
  LT: { en: ['Lithuanian'], ru: ['литовск'], uk: ['литовськ'] },
  IL: { en: ['Israeli'], ru: ['израильск'], uk: ['ізраїльськ'] },
  PK: { en: ['Pakistani'], ru: ['пакистанск'], uk: ['пакистанськ'] },
  IN: { en: ['Indian'], ru: ['индийск'], uk: ['індійськ'] },
  JP: { en: ['Japanese'], ru: ['японск'], uk: ['японськ'] },
  SA: { en: ['Saudi'], ru: ['саудовск'], uk: ['саудівськ'] },
  AE: { en: ['Emirati'], ru: ['эмиратск'], uk: ['еміратськ'] },
  HU: { en: ['Hungarian'], ru: ['венгерск'], uk: ['угорськ'] },
  RO: { en: ['Romanian'], ru: ['румынск'], uk: ['румунськ'] },
  BG: { en: ['Bulgarian'], ru: ['болгарск'], uk: ['болгарськ'] },
  GR: { en: ['Greek'], ru: ['греческ'], uk: ['грецьк'] },
  ES: { en: ['Spanish'], ru: ['испанск'], uk: ['іспанськ'] },
  AU: { en: ['Australian'], ru: ['австралийск'], uk: ['австралійськ'] },
  CA: { en: ['Canadian'], ru: ['канадск'], uk: ['канадськ'] },
  EG: { en: ['Egyptian'], ru: ['египетск'], uk: ['єгипетськ'] },
  FI: { en: ['Finnish'], ru: ['финск', 'финляндск'], uk: ['фінськ', 'фінляндськ'] },
  SE: { en: ['Swedish'], ru: ['шведск'], uk: ['шведськ'] },
  NO: { en: ['Norwegian'], ru: ['норвежск'], uk: ['норвезьк'] },
  AT: { en: ['Austrian'], ru: ['австрийск'], uk: ['австрійськ'] },
  CH: { en: ['Swiss'], ru: ['швейцарск'], uk: ['швейцарськ'] },
  NL: { en: ['Dutch'], ru: ['нидерландск', 'голландск'], uk: ['нідерландськ'] },
  BE: { en: ['Belgian'], ru: ['бельгийск'], uk: ['бельгійськ'] },
  CZ: { en: ['Czech'], ru: ['чешск'], uk: ['чеськ'] },
  SK: { en: ['Slovak'], ru: ['словацк'], uk: ['словацьк'] },
  RS: { en: ['Serbian'], ru: ['сербск'], uk: ['сербськ'] },
  HR: { en: ['Croatian'], ru: ['хорватск'], uk: ['хорватськ'] },
  IQ: { en: ['Iraqi'], ru: ['иракск'], uk: ['іракськ'] },
  SY: { en: ['Syrian'], ru: ['сирийск'], uk: ['сирійськ'] },
  QA: { en: ['Qatari'], ru: ['катарск'], uk: ['катарськ'] },
  KR: { en: ['South Korean'], ru: ['южнокорейск'], uk: ['південнокорейськ'] },
  MN: { en: ['Mongolian'], ru: ['монгольск'], uk: ['монгольськ'] },
  VN: { en: ['Vietnamese'], ru: ['вьетнамск'], uk: ["в'єтнамськ"] },
  AF: { en: ['Afghan'], ru: ['афганск'], uk: ['афганськ'] },
};

function names(entry: string | string[] | undefined): string[] {
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

function pick(list: string[], override: string | undefined): string {
  return override ?? list.find((name) => !/[,(]/.test(name)) ?? list[0]!;
}

/** "-ан" → "-анск"/"-анськ": the one regular Russian/Ukrainian adjective pattern among state names. */
function ruleAdjective(name: string, language: 'ru' | 'uk'): string | undefined {
  if (name.includes(' ') || name.includes('-')) return undefined;
  const lower = name.toLowerCase();
  if (lower.endsWith('ан')) return `${lower}${language === 'ru' ? 'ск' : 'ськ'}`;
  return undefined;
}

function buildStates() {
  return CODES.map((code) => {
    const enNames = names(en.countries[code]);
    const ruNames = names(ru.countries[code]);
    const ukNames = names(uk.countries[code]);
    if (enNames.length === 0 || ruNames.length === 0 || ukNames.length === 0) throw new Error(`no names for ${code}`);
    const label = {
      en: pick(enNames, LABELS[code]?.en),
      ru: pick([...ruNames].reverse(), LABELS[code]?.ru),
      uk: pick(ukNames, LABELS[code]?.uk),
    };
    const all = [...enNames, ...ruNames, ...ukNames, ...(ALIASES[code] ?? [])].map((name) =>
      name.replace(/\s*\(.*\)$/, ''),
    );
    const aliases = [...new Set(all)].filter(
      (name) => !Object.values(label).includes(name) && !/,/.test(name) && name.length > 1,
    );
    const given = ADJECTIVES[code];
    const adjectives = Object.fromEntries(
      Object.entries({
        en: given?.en ?? [],
        ru: given?.ru ?? [ruleAdjective(label.ru, 'ru')].filter((stem) => stem !== undefined),
        uk: given?.uk ?? [ruleAdjective(label.uk, 'uk')].filter((stem) => stem !== undefined),
      }).filter(([, stems]) => stems.length > 0),
    );
    return {
      id: `state:${slugify(label.en)}`,
      iso: code,
      label,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(Object.keys(adjectives).length > 0 ? { adjectives } : {}),
    };
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
}

const target = 'data/curated/states.yaml';
if (existsSync(target) && !process.argv.includes('--force')) {
  console.log(`${target} exists and is edited by hand; pass --force to regenerate it.`);
} else {
  const header =
    '# States: the dictionary that mentions link to. Generated once by src/pipeline/entities/generate-states.ts\n' +
    '# from i18n-iso-countries, then edited by hand. adjectives: ru/uk are stems matched with any adjective\n' +
    '# ending ("азербайджанск" → азербайджанский, -ой, -их …); en are whole words.\n';
  // One state a line: easy to find, edit and diff by hand.
  const lines = buildStates().map(
    (state) => `- ${stringify(state, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim()}`,
  );
  writeFileAtomic(target, `${header}${lines.join('\n')}\n`);
  console.log(`wrote ${target}`);
}
