/**
 * Official posts with their titles in each case. A role phrase is the title, the state in the
 * genitive, then the name: "министра иностранных дел Эстонии", "заступником міністра оборони України".
 */
import { forms, withTail, type Forms } from './forms';

export type Post =
  | 'president'
  | 'prime_minister'
  | 'foreign_minister'
  | 'deputy_foreign_minister'
  | 'defence_minister'
  | 'economy_minister'
  | 'energy_minister'
  | 'speaker'
  | 'presidential_aide'
  | 'ambassador'
  | 'secretary_general'
  | 'company_head';

export interface PostTitle {
  ru: Forms;
  uk: Forms;
  /** English title; "{state}" is replaced by the state's name. */
  en: string;
}

const minister = (ruTail: string, ukTail: string, en: string): PostTitle => ({
  ru: withTail(forms('министр|министра|министра|министром|министре'), ruTail),
  uk: withTail(forms('міністр|міністра|міністра|міністром|міністрові'), ukTail),
  en,
});

export const POST_TITLES: Record<Post, PostTitle> = {
  president: {
    ru: forms('президент|президента|президента|президентом|президенте'),
    uk: forms('президент|президента|президента|президентом|президентові'),
    en: 'President of {state}',
  },
  prime_minister: {
    ru: forms('премьер-министр|премьер-министра|премьер-министра|премьер-министром|премьер-министре'),
    uk: forms("прем'єр-міністр|прем'єр-міністра|прем'єр-міністра|прем'єр-міністром|прем'єр-міністрові"),
    en: 'Prime Minister of {state}',
  },
  foreign_minister: minister(' иностранных дел', ' закордонних справ', 'Minister of Foreign Affairs of {state}'),
  deputy_foreign_minister: {
    ru: withTail(forms('заместитель|заместителя|заместителя|заместителем|заместителе'), ' министра иностранных дел'),
    uk: withTail(forms('заступник|заступника|заступника|заступником|заступникові'), ' міністра закордонних справ'),
    en: 'Deputy Minister of Foreign Affairs of {state}',
  },
  defence_minister: minister(' обороны', ' оборони', 'Minister of Defence of {state}'),
  economy_minister: minister(' экономики', ' економіки', 'Minister of Economy of {state}'),
  energy_minister: minister(' энергетики', ' енергетики', 'Minister of Energy of {state}'),
  speaker: {
    ru: withTail(forms('председатель|председателя|председателя|председателем|председателе'), ' парламента'),
    uk: withTail(forms('голова|голови|голову|головою|голові'), ' парламенту'),
    en: 'Speaker of the Parliament of {state}',
  },
  presidential_aide: {
    ru: withTail(forms('помощник|помощника|помощника|помощником|помощнике'), ' президента'),
    uk: withTail(forms('помічник|помічника|помічника|помічником|помічникові'), ' президента'),
    en: 'Assistant to the President of {state}',
  },
  ambassador: {
    ru: forms('посол|посла|посла|послом|после'),
    uk: forms('посол|посла|посла|послом|послові'),
    en: 'Ambassador of {state}',
  },
  secretary_general: {
    ru: {
      nom: 'генеральный секретарь',
      gen: 'генерального секретаря',
      acc: 'генерального секретаря',
      ins: 'генеральным секретарем',
      loc: 'генеральном секретаре',
    },
    uk: {
      nom: 'генеральний секретар',
      gen: 'генерального секретаря',
      acc: 'генерального секретаря',
      ins: 'генеральним секретарем',
      loc: 'генеральному секретарі',
    },
    en: 'Secretary General of {organization}',
  },
  company_head: {
    ru: {
      nom: 'генеральный директор',
      gen: 'генерального директора',
      acc: 'генерального директора',
      ins: 'генеральным директором',
      loc: 'генеральном директоре',
    },
    uk: {
      nom: 'генеральний директор',
      gen: 'генерального директора',
      acc: 'генерального директора',
      ins: 'генеральним директором',
      loc: 'генеральному директорові',
    },
    en: 'Chief Executive of {organization}',
  },
};

/** Posts in every state, most senior first; small states fill only the first few. */
export const STATE_POSTS: readonly Post[] = [
  'president',
  'prime_minister',
  'foreign_minister',
  'deputy_foreign_minister',
  'ambassador',
  'defence_minister',
  'speaker',
  'economy_minister',
  'energy_minister',
  'presidential_aide',
];

/** Who is likely to meet whom: senior posts appear in far more meetings. */
export const POST_ACTIVITY: Record<Post, number> = {
  president: 6,
  prime_minister: 3,
  foreign_minister: 4,
  deputy_foreign_minister: 2,
  ambassador: 1.2,
  defence_minister: 1,
  speaker: 0.8,
  economy_minister: 1,
  energy_minister: 0.8,
  presidential_aide: 1,
  secretary_general: 1.5,
  company_head: 0.5,
};
