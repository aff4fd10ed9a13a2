/**
 * The nominative of a person's name written in another case, for the label of a person first met
 * in a text: «Маргусом Цахкной» → Маргус Цахкна, «Денисом Шмигалем» → Денис Шмигаль.
 *
 * Candidates come from reversing case endings; the given name and the surname must be in the same
 * case. Russian candidates are checked by declining them forward with petrovich (analysis by
 * synthesis: a candidate is right when petrovich turns it back into the words of the text).
 * Ukrainian has no light declension library (shevchenko 3 pulls in TensorFlow), so Ukrainian uses
 * the ending table below, grouped by case so both words agree.
 */
import petrovich from 'petrovich';

export type Gender = 'male' | 'female';
type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
const CASES: readonly Case[] = ['nominative', 'genitive', 'accusative', 'instrumental', 'dative', 'prepositional'];

/** [surface ending, nominative ending, cases] for given names and surnames alike. */
type Rule = readonly [string, string, readonly Case[]];
const G: Case[] = ['genitive', 'accusative'];
const D: Case[] = ['dative', 'prepositional'];
const I: Case[] = ['instrumental'];

const RU_RULES: readonly Rule[] = [
  ['ого', 'ий', G],
  ['ому', 'ий', D],
  ['ым', 'ий', I],
  ['им', 'ий', I],
  ['ом', 'ий', D],
  ['ой', 'ая', [...G, ...D, ...I]],
  ['ую', 'ая', G],
  ['овым', 'ов', I],
  ['евым', 'ев', I],
  ['иным', 'ин', I],
  ['ыным', 'ын', I],
  ['ем', 'ь', I],
  ['ем', 'й', I],
  ['ем', '', I],
  ['ом', '', I],
  ['ой', 'а', I],
  ['ею', 'я', I],
  ['ой', 'а', [...G, ...D]],
  ['ою', 'а', I],
  ['я', 'й', G],
  ['я', 'ь', G],
  ['а', '', G],
  ['ы', 'а', G],
  ['и', 'а', G],
  ['и', 'я', G],
  ['у', 'а', G],
  ['ю', 'я', G],
  ['ю', 'й', D],
  ['ю', 'ь', D],
  ['у', '', D],
  ['е', '', D],
  ['е', 'а', D],
  ['и', 'й', D],
  ['и', 'я', D],
  ['е', 'я', D],
];

// Ukrainian feminine nouns tell genitive (-и, -і, -ї) from accusative (-у, -ю); masculine animate ones
// (-а, -я) do not. Keeping them apart stops «Кунінорі» (a genitive reading) pairing with «Мацудою».
const GEN: Case[] = ['genitive'];
const ACC: Case[] = ['accusative'];

const UK_RULES: readonly Rule[] = [
  ['ського', 'ський', G],
  ['цького', 'цький', G],
  ['ському', 'ський', D],
  ['цькому', 'цький', D],
  ['ським', 'ський', I],
  ['цьким', 'цький', I],
  ['ській', 'ська', D],
  ['ської', 'ська', GEN],
  ['ською', 'ська', I],
  ['ову', 'ов', D],
  ['еву', 'ев', D],
  ['єву', 'єв', D],
  ['іну', 'ін', D],
  ['ові', '', D],
  ['еві', '', D],
  ['єві', 'й', D],
  ['ієві', 'ій', D],
  ['ка', 'ко', G],
  ['ку', 'ко', D],
  ['кові', 'ко', D],
  ['им', '', I],
  ['ом', '', I],
  // After the plain reading, so a tie goes to it: «Діком» → Дік, «Туском» → Туск; Міщенком → Міщенко
  // still wins by its -енко surname ending.
  ['ком', 'ко', I],
  ['ем', '', I],
  ['ем', 'ь', I],
  ['єм', 'й', I],
  ['ою', 'а', I],
  ['ею', 'я', I],
  ['єю', 'я', I],
  ['а', '', G],
  ['я', 'й', G],
  ['я', 'ь', G],
  ['я', '', G],
  ['и', 'а', GEN],
  ['і', 'а', GEN],
  ['ї', 'я', GEN],
  ['у', 'а', ACC],
  ['ю', 'я', ACC],
  ['у', '', D],
  ['ю', 'й', D],
  ['ю', 'ь', D],
  ['і', 'а', D],
  ['ї', 'я', D],
];

interface Option {
  lemma: string;
  cases: readonly Case[];
}

function options(word: string, rules: readonly Rule[]): Option[] {
  const lower = word.toLowerCase();
  const out: Option[] = [{ lemma: word, cases: CASES }];
  for (const [ending, nominative, cases] of rules) {
    if (lower.length - ending.length < 2 || !lower.endsWith(ending)) continue;
    const lemma = word.slice(0, word.length - ending.length) + nominative;
    // A soft sign never follows a vowel: «Мацудою» is not a dative of «Мацудоь».
    if (/[аеёиоуыэюяіїє]ь$/iu.test(lemma)) continue;
    out.push({ lemma, cases });
  }
  return out;
}

const NOMINATIVE_SURNAME =
  /(ов|ев|єв|ёв|ин|ын|ін|ский|цкий|ський|цький|енко|єнко|[йчшт]ко|ук|юк|дзе|швили|швілі|ян|ова|ева|ина|ая|ська|зада|заде|лы|ли|ль|ий|ий)$/i;

/** Instrumental endings no nominative given name has: «Маєю», «Феридуном» left as they are are misreadings. */
const INSTRUMENTAL_GIVEN = /(ом|ою|ею|єю)$/i;
const OBLIQUE = /(ым|им|ом|ем|ой|ою|ого|ому|ову|ові|ої|ею|єю|ым)$/i;

function plausibility(lemma: string, isSurname: boolean, language: string): number {
  // Given names end in anything (Рустем, Максим, Ибрагим); only surnames are judged by their ending.
  if (!isSurname) return 0;
  let score = 0;
  if (OBLIQUE.test(lemma)) score -= 2;
  if (NOMINATIVE_SURNAME.test(lemma)) score += 1;
  // No nominative surname ends in Russian -ы (Ukrainian -и): «Маргуса Цахкны» is Цахкна.
  if ((language === 'uk' ? /и$/i : /ы$/i).test(lemma)) score -= 1;
  // -я after a consonant is a declined form (Ричарди ← Ричардя is not a surname); -ая/-ия are fine.
  if (/[бвгджзклмнпрстфхцчшщ]я$/i.test(lemma)) score -= 1.5;
  if (/(ов|ев|ин)ая$/i.test(lemma)) score -= 1;
  return score;
}

export interface NominativeName {
  given: string;
  surname: string;
  gender: Gender | undefined;
}

/**
 * The nominative of a given name + surname pair in the text's case. `genderOf` says whether a
 * candidate given name is a known male or female name.
 */
export function nominativeName(
  given: string,
  surname: string,
  language: string,
  genderOf: (givenName: string) => Gender | undefined,
): NominativeName {
  if (!/[\u0400-\u04ff]/.test(given + surname)) return { given, surname, gender: genderOf(given) };
  const rules = language === 'uk' ? UK_RULES : RU_RULES;
  const initials = /^([\p{Lu}][\p{Ll}]?\.)+$/u.test(given);
  const givenOptions = initials ? [{ lemma: given, cases: CASES }] : options(given, rules);
  const surnameOptions = options(surname, rules);
  let best: { score: number; value: NominativeName } | undefined;
  for (const g of givenOptions) {
    const known = genderOf(g.lemma);
    for (const s of surnameOptions) {
      for (const gcase of CASES) {
        if (!g.cases.includes(gcase) || !s.cases.includes(gcase)) continue;
        const gender: Gender =
          known ??
          // An unknown given name in -а/-я is a woman's (Кристина Квин), unless the surname is a man's (-ов, -ин, -ский).
          (/[ая]$/.test(g.lemma) && !/(ов|ев|ин|ын|ий|ой)$/.test(s.lemma) ? 'female' : 'male');
        let score = (known ? 3 : 0) + plausibility(s.lemma, true, language);
        // «Маєю Санду», «Феридуном Синирлиоглу», «Йонасом … Стьоре»: an indeclinable surname must not keep
        // the given name in its instrumental form, whatever case is assumed.
        if (!initials && g.lemma === given && INSTRUMENTAL_GIVEN.test(given) && !known) score -= 2;
        // Both words declined, or neither: a given name and surname usually decline together.
        if ((g.lemma === given) === (s.lemma === surname)) score += 0.5;
        // News names people in the nominative more than in any other case.
        // Russian readings are checked by petrovich, so the prior can be stronger there.
        if (gcase === 'nominative') {
          score += language === 'ru' ? 1 : 0.5;
        }
        // A word left as it is in an oblique case means an indeclinable name: possible, less likely.
        else if (s.lemma === surname) score -= 0.5;
        // An unchanged given name ("Пааво", "Кэнтаро") gives no evidence of an oblique case.
        else if (!initials && g.lemma === given) score -= 0.5;
        if (language === 'ru' && gcase !== 'nominative') {
          const declined = petrovich({ gender, first: g.lemma, last: s.lemma }, gcase);
          const givenDeclines = initials || (declined.first ?? '') !== g.lemma;
          const agrees =
            (declined.last ?? '').toLowerCase() === surname.toLowerCase() &&
            (initials || (declined.first ?? '').toLowerCase() === given.toLowerCase());
          // «с Прак Сокхонном», «с Вилаванх Будданавонгом»: Asian given names are often left undeclined
          // before a declined surname, so a surname that agrees on its own still counts a little.
          const surnameAlone =
            !initials && g.lemma === given && (declined.last ?? '').toLowerCase() === surname.toLowerCase();
          // Agreement counts fully only when the given name itself shows the case.
          score += agrees ? (givenDeclines ? 2 : 1) : surnameAlone ? 0.5 : -2;
        }
        if (!best || score > best.score) best = { score, value: { given: g.lemma, surname: s.lemma, gender } };
      }
    }
  }
  return best!.value;
}
