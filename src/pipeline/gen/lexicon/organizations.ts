/**
 * Organizations: real intergovernmental bodies (their acronyms do not decline) and invented
 * companies, banks and funds named «Brand», where only the head noun declines.
 */
import { fixed, forms, type Forms } from './forms';

export interface OrganizationEntry {
  slug: string;
  en: string;
  acronym?: { en: string; ru: string; uk: string };
  /** How the text names it in each case: "ШОС", "компании «Velmora»". */
  ru: Forms;
  uk: Forms;
  intergovernmental: boolean;
}

// slug|en name|acronym en|ru|uk
const INTERGOVERNMENTAL = `
sco|Shanghai Cooperation Organisation|SCO|ШОС|ШОС
cis|Commonwealth of Independent States|CIS|СНГ|СНД
osce|Organization for Security and Co-operation in Europe|OSCE|ОБСЕ|ОБСЄ
un|United Nations|UN|ООН|ООН
eu|European Union|EU|ЕС|ЄС
nato|North Atlantic Treaty Organization|NATO|НАТО|НАТО
csto|Collective Security Treaty Organization|CSTO|ОДКБ|ОДКБ
guam|GUAM Organization for Democracy and Economic Development|GUAM|ГУАМ|ГУАМ
ots|Organization of Turkic States|OTS|ОТГ|ОТД
bsec|Organization of the Black Sea Economic Cooperation|BSEC|ОЧЭС|ОЧЕС
eaeu|Eurasian Economic Union|EAEU|ЕАЭС|ЄАЕС
oic|Organisation of Islamic Cooperation|OIC|ОИС|ОІС
cica|Conference on Interaction and Confidence-Building Measures in Asia|CICA|СВМДА|НЗДМА
brics|BRICS|BRICS|БРИКС|БРІКС
`;

const HEADS = [
  {
    ru: forms('компания|компании|компанию|компанией|компании'),
    uk: forms('компанія|компанії|компанію|компанією|компанії'),
    en: '{brand}',
  },
  { ru: forms('банк|банка|банк|банком|банке'), uk: forms('банк|банку|банк|банком|банку'), en: '{brand} Bank' },
  { ru: forms('фонд|фонда|фонд|фондом|фонде'), uk: forms('фонд|фонду|фонд|фондом|фонді'), en: '{brand} Fund' },
] as const;

const BRAND_START = [
  'Vel',
  'Tar',
  'Kas',
  'Nor',
  'Ard',
  'Mir',
  'Sol',
  'Ber',
  'Lum',
  'Kor',
  'Dan',
  'Ros',
  'Zen',
  'Pol',
  'Alt',
  'Ved',
  'Kam',
  'Ter',
  'Fal',
  'Gor',
  'Vit',
  'Sar',
  'Ner',
  'Bal',
];
const BRAND_END = ['mora', 'kon', 'tex', 'gaz', 'invest', 'trans', 'neft', 'lux', 'com', 'stal', 'agro', 'line'];

function intergovernmental(): OrganizationEntry[] {
  return INTERGOVERNMENTAL.trim()
    .split('\n')
    .map((line) => {
      const [slug, en, acronymEn, ru, uk] = line.split('|') as [string, string, string, string, string];
      return { slug, en, acronym: { en: acronymEn, ru, uk }, ru: fixed(ru), uk: fixed(uk), intergovernmental: true };
    });
}

function invented(count: number): OrganizationEntry[] {
  const organizations: OrganizationEntry[] = [];
  for (const end of BRAND_END) {
    for (const start of BRAND_START) {
      if (organizations.length === count) return organizations;
      const brand = start + end;
      const head = HEADS[organizations.length % HEADS.length]!;
      const quoted = `«${brand}»`;
      const withBrand = (noun: Forms): Forms => ({
        nom: `${noun.nom} ${quoted}`,
        gen: `${noun.gen} ${quoted}`,
        acc: `${noun.acc} ${quoted}`,
        ins: `${noun.ins} ${quoted}`,
        loc: `${noun.loc} ${quoted}`,
      });
      const en = head.en.replace('{brand}', brand);
      organizations.push({
        slug: en.toLowerCase().replace(/[^a-z]+/g, '-'),
        en,
        ru: withBrand(head.ru),
        uk: withBrand(head.uk),
        intergovernmental: false,
      });
    }
  }
  return organizations;
}

/** `count` organizations: the intergovernmental ones first, then invented companies. */
export function organizationEntries(count: number): OrganizationEntry[] {
  const real = intergovernmental();
  return [...real, ...invented(Math.max(0, count - real.length))].slice(0, count);
}
