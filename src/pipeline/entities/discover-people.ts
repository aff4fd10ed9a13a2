/**
 * Discovering people the catalogue does not know. A name is read as a new person only with positive
 * evidence: a role phrase right before it ("министр иностранных дел Эстонии Маргус Цахкна",
 * "Deputy Foreign Minister of Australia Rod Brazier"), or a given name from the curated list
 * followed by a surname-like word ("Марко Міхкельсоном"). Capitalized words alone (sentence starts,
 * places, months) never make a person. The new person gets a nominative label in the text's
 * language, an English label (as written, or transliterated), and the state of its role.
 */
import { opensOnPluralTitle } from './plural-title';
import { findCity } from '../meetings/places';
import { nominativeName, type Gender } from '../names/nominative';
import { slugify } from '../names/slug';
import { transliterateName } from '../names/transliterate';
import { foldWord } from '../text/fold';
import { addRecord, type Catalogue } from './catalogue';
import { claim, mentionOf, type MatchContext } from './match-context';
import { matchAt } from './match-people';
import { roleAfter, roleBefore } from './role-phrase';
import type { ArticleEntities, EntityMention, EntityRecord, RoleMention } from './types';

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** An Arabic surname with its article: "al-Sudani", «аш-Шейбани», «ас-Сиси», "el-Sisi". */
const ARTICLE_NAME = /^(?:al|el|ad|as|ash|at|an|ar|az|аль|эль|ель|ал|ад|ас|аш|ат|ан|ар|аз)-\p{Lu}[\p{Ll}\p{M}]+$/u;
const CYRILLIC = /[\u0400-\u04ff]/;
const MAX_NAME_WORDS = 3;

/** Capitalized words that start no name: months, weekdays, honorifics, page words. */
const NOT_NAMES = new Set(
  [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
    'січень',
    'лютий',
    'березень',
    'квітень',
    'травень',
    'червень',
    'липень',
    'серпень',
    'вересень',
    'жовтень',
    'листопад',
    'грудень',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mr',
    'mrs',
    'ms',
    'dr',
    'sir',
    'madam',
    'господин',
    'госпожа',
    'пан',
    'пані',
  ].map(foldWord),
);

/** Lower-case words inside a surname: "Van der Bellen", «Ван дер Беллена», "von der Leyen", «бин Абдулла». */
const PARTICLES = new Set(
  [
    'van',
    'der',
    'den',
    'de',
    'von',
    'da',
    'di',
    'du',
    'la',
    'le',
    'bin',
    'ibn',
    'al',
    'el',
    'ван',
    'дер',
    'ден',
    'фон',
    'де',
    'да',
    'ди',
    'дю',
    'ла',
    'ле',
    'бин',
    'ібн',
    'ибн',
    'бен',
    'аль',
    'ель',
    'эль',
  ].map(foldWord),
);
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
const ADJECTIVE_CASE = /(?:ого|его|ому|ему|ых|ыми|ої|ього|ьому|ской|цкой|ській|цькій|-\p{L}+(?:ой|ей|ої))$/u;

function particleAt(context: MatchContext, i: number): boolean {
  const token = context.tokens[i];
  return token !== undefined && !token.capital && PARTICLES.has(context.keys[i]!);
}

interface Candidate {
  first: number;
  last: number;
}

/** Tokens right after each other in a name: one space, or an initial's dot. */
function joined(context: MatchContext, left: number, right: number): boolean {
  const a = context.tokens[left]!;
  const b = context.tokens[right]!;
  if (a.sentence !== b.sentence) return false;
  const gap = context.text.slice(a.end, b.start);
  return a.initial ? /^\.\s?$/.test(gap) : /^[ \u00a0]$/.test(gap);
}

function isRoleWord(context: MatchContext, catalogue: Catalogue, i: number): boolean {
  // An initial is never a role word, even one spelt like a connector: «С.В.Вершинин», «В.Титов» (в, с).
  if (context.tokens[i]!.initial) return false;
  return context.lemmas(i).some((lemma) => catalogue.roles.has(lemma));
}

/** How many tokens from i a role word of the lexicon covers ("Foreign Affairs" is one entry of two), else 0. */
function roleSpanAt(context: MatchContext, catalogue: Catalogue, i: number, limit: number): number {
  if (context.tokens[i]!.initial) return 0;
  let best = 0;
  for (const lemma of context.lemmas(i)) {
    for (const entry of catalogue.roles.get(lemma) ?? []) {
      const length = entry.words.length;
      if (length <= best || i + length - 1 > limit) continue;
      let ok = true;
      for (let k = 1; k < length && ok; k += 1) ok = context.lemmas(i + k).includes(entry.words[k]!);
      if (ok) best = length;
    }
  }
  return best;
}

function isConnector(context: MatchContext, catalogue: Catalogue, i: number): boolean {
  return context
    .lemmas(i)
    .some((lemma) =>
      (catalogue.roles.get(lemma) ?? []).some((e) => e.word.kind === 'connector' && e.words.length === 1),
    );
}

function nameLike(context: MatchContext, i: number, latin: boolean): boolean {
  const token = context.tokens[i]!;
  if (token.initial) return true;
  if (!(NAME_WORD.test(token.text) || ARTICLE_NAME.test(token.text)) || NOT_NAMES.has(context.keys[i]!)) return false;
  return CYRILLIC.test(token.text) !== latin;
}

function givenGender(catalogue: Catalogue, context: MatchContext, i: number): Gender | undefined {
  for (const lemma of context.lemmas(i)) {
    const gender = catalogue.givenNames.get(lemma);
    if (gender) return gender;
  }
  return undefined;
}

function initialsText(context: MatchContext, first: number, last: number): string {
  return context.tokens
    .slice(first, last + 1)
    .map((token) => `${token.text}.`)
    .join('');
}

/** Builds the record of a new person from the name tokens [first, last] in the text's case. */
function newPerson(
  context: MatchContext,
  catalogue: Catalogue,
  candidate: Candidate,
  role: RoleMention | undefined,
  articleId: string,
): EntityRecord {
  const { first, last } = candidate;
  const tokens = context.tokens.slice(first, last + 1);
  const surface = context.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  const language = context.language;
  const allInitials = tokens.slice(0, -1).every((token) => token.initial);
  const given = allInitials ? initialsText(context, first, last - 1) : tokens[0]!.text;
  const middle = allInitials ? [] : tokens.slice(1, -1).map((token) => token.text);
  const genderOf = (name: string) => catalogue.givenNames.get(foldWord(name));
  const nominative = nominativeName(given, tokens[tokens.length - 1]!.text, language, genderOf);
  const middleNominative = middle.map(
    (word) => nominativeName(word, tokens[tokens.length - 1]!.text, language, genderOf).given,
  );
  const native = [nominative.given, ...middleNominative, nominative.surname].join(' ').replace(/\. /g, '.');
  const nativeLabel = allInitials ? native.replace(/^((?:\p{Lu}\p{Ll}?\.)+)/u, '$1 ') : native;
  const ukrainian = role?.state === undefined || role.state === 'state:ukraine';
  const english = language === 'en' ? surface : transliterateName(nativeLabel, language, ukrainian);
  const label: Record<string, string> = { en: english };
  if (language !== 'en') label[language] = nativeLabel;
  const record: EntityRecord = {
    id: `person:${slugify(english)}`,
    type: 'person',
    label,
    aliases: surface === nativeLabel ? [] : [surface],
    curated: false,
    introducedBy: {
      article: articleId,
      start: role?.start ?? tokens[0]!.start,
      end: tokens[tokens.length - 1]!.end,
      text: context.text.slice(role?.start ?? tokens[0]!.start, tokens[tokens.length - 1]!.end),
    },
  };
  if (role?.state) record.state = role.state;
  const gender = nominative.gender ?? genderOf(given);
  if (gender) record.gender = gender;
  return record;
}

/**
 * A label in the article's language for a discovered person first met in another language
 * ("Hakan Fidan", then «Хаканом Фиданом» in a Russian text → ru: Хакан Фидан).
 */
export function addLanguageLabel(
  record: EntityRecord,
  mentionText: string,
  language: string,
  catalogue: Catalogue,
): void {
  if (record.curated || record.label[language] !== undefined || language === 'en') return;
  const words = mentionText.split(/\s+/);
  if (words.length !== 2 || /\./.test(mentionText)) return;
  const genderOf = (name: string) => catalogue.givenNames.get(foldWord(name));
  const nominative = nominativeName(words[0]!, words[1]!, language, genderOf);
  record.label[language] = `${nominative.given} ${nominative.surname}`;
}

/** A rough case signature of a folded word, to tell whether neighbouring words are one name. */
function caseOf(key: string): string {
  if (/(ом|ем|им|ою|ои|ею)$/.test(key)) return 'instrumental';
  if (/(ови|еви|у|ю)$/.test(key)) return 'dative';
  if (/[аяи]$/.test(key)) return 'genitive';
  return 'nominative';
}

/** The run of name-like capitalized words that starts at token i (role words at its start are left out). */
function candidateAt(context: MatchContext, catalogue: Catalogue, i: number, latin: boolean): Candidate | undefined {
  let first = i;
  let last = i;
  const next = (k: number) =>
    k < context.tokens.length &&
    !context.claimed[k] &&
    (context.tokens[k]!.capital || ARTICLE_NAME.test(context.tokens[k]!.text)) &&
    joined(context, k - 1, k);
  for (;;) {
    if (next(last + 1)) last += 1;
    else if (particleAt(context, last + 1) && next(last + 2)) last += 2;
    // «Ван дер Беллена», "von der Leyen": two particles in a row.
    else if (particleAt(context, last + 1) && particleAt(context, last + 2) && next(last + 3)) last += 3;
    else break;
  }
  // "МЗС Георгій Тихий", «РК Акан Рахметуллин»: an acronym before the name is the body, not a name word;
  // "Dr. Badr Abdelatty", "on Sunday Mr. Espen Barth Eide": an honorific or a weekday is no part of the name.
  while (
    first < last &&
    ((ACRONYM_WORD.test(context.tokens[first]!.text) && !context.tokens[first]!.initial) ||
      NOT_NAMES.has(context.keys[first]!))
  )
    first += 1;
  // Role words and city names at the start of the run are not the name: "Посла … в Москве Р.М.Мустафаева".
  while (first < last) {
    const span = roleSpanAt(context, catalogue, first, last);
    if (span > 0) first += span;
    else if (findCity(context.tokens[first]!.text)) first += 1;
    else break;
  }
  // "World Bank Regional Director Rolande Pryce": the name starts after the last role word of the run.
  for (let k = last - 1; k > first; k -= 1) {
    if (isRoleWord(context, catalogue, k)) {
      first = k + 1;
      break;
    }
  }
  // "з питань Заходу Тарун Капур", "Minister for Europe Ann Smith": a capitalized word right after a role
  // connector is the connector's object, not the start of the name.
  const previous = first === i && first > 0 ? context.tokens[first - 1]! : undefined;
  if (
    previous &&
    !previous.capital &&
    previous.sentence === context.tokens[first]!.sentence &&
    last - first + 1 >= 3 &&
    isConnector(context, catalogue, first - 1) &&
    !givenGender(catalogue, context, first)
  )
    first += 1;
  const firstInitial = context.tokens.slice(first, last + 1).findIndex((token) => token.initial);
  if (firstInitial > 0) first += firstInitial;
  // "Рійгікогу Марко Міхкельсоном", "МЗС Георгій Тихий": the name starts at a known given name.
  // But not inside one name whose words share a case: «Мехметом Кемалем Бозаєм».
  // (Latin names do not decline, so there is no case to share.)
  const sameCase = !latin && caseOf(context.keys[first]!) === caseOf(context.keys[last]!);
  for (let k = first + 1; k < last && !sameCase; k += 1) {
    if (givenGender(catalogue, context, k) && !givenGender(catalogue, context, first)) {
      first = k;
      break;
    }
  }
  let particles = 0;
  for (let k = first + 1; k < last; k += 1) if (particleAt(context, k)) particles += 1;
  const words = last - first + 1 - particles;
  if (words < 2 || words > MAX_NAME_WORDS + 1) return undefined;
  for (let k = first; k <= last; k += 1) {
    if (k > first && k < last && particleAt(context, k)) continue;
    if (!nameLike(context, k, latin) || (k > first && isRoleWord(context, catalogue, k))) return undefined;
  }
  if (context.tokens[last]!.initial) return undefined;
  // «Юго-Восточной Азии», «Парламентской ассамблеи»: a first word in an adjective's oblique case is a
  // place or a body; given names do not decline that way.
  if (!latin && ADJECTIVE_CASE.test(context.tokens[first]!.text.toLowerCase())) return undefined;
  const initials = context.tokens.slice(first, last).filter((token) => token.initial).length;
  if (initials === 0 && words > MAX_NAME_WORDS) return undefined;
  return { first, last };
}

/** Sentences written in Title Case (English headlines, menus): every word is capitalized, so a role word before two capitalized words proves nothing. */
function titleCaseSentences(context: MatchContext): Set<number> {
  const counts = new Map<number, { words: number; capitals: number; first: number }>();
  const titles = new Set<number>();
  for (const [index, token] of context.tokens.entries()) {
    const count = counts.get(token.sentence) ?? { words: 0, capitals: 0, first: index };
    count.words += 1;
    if (token.capital) count.capitals += 1;
    counts.set(token.sentence, count);
    // A capitalized function word inside a sentence ("Read More About Energy") marks a Title Case line.
    // But not one that opens the text after a dateline dash or a colon ("TBILISI, June 18 — The ministers…",
    // "VALLETTA, March 18 (Wire) - The foreign ministers…": wires type the dash as a spaced hyphen).
    const gap = index > 0 ? context.text.slice(context.tokens[index - 1]!.end, token.start) : '';
    if (index !== count.first && FUNCTION_WORDS.has(token.text) && !/[—–:]|\s-\s/u.test(gap))
      titles.add(token.sentence);
  }
  for (const [sentence, count] of counts)
    if (count.words >= 3 && count.capitals / count.words >= 0.9) titles.add(sentence);
  return titles;
}

const FUNCTION_WORDS = new Set([
  'Of',
  'In',
  'On',
  'And',
  'With',
  'To',
  'For',
  'At',
  'By',
  'From',
  'About',
  'The',
  'A',
  'Is',
  'Are',
  'Says',
  'Us',
]);

/**
 * The run of capitalized words from token `start` (its name from `first`) follows a lower-case "the",
 * "a", "of" or "for": it is that phrase's object. Role words inside the run ("the Foreign Minister Ian
 * Borg") put the name after a title instead, and a name cut off after other words ("Head of Mission Ian
 * Borg") is kept too.
 */
function objectOfPhrase(context: MatchContext, catalogue: Catalogue, start: number, first: number): boolean {
  const before = context.tokens[start - 1];
  if (before === undefined || !joined(context, start - 1, start)) return false;
  if (/^(?:of|for)$/u.test(before.text)) return start === first;
  if (!/^(?:the|a|an)$/u.test(before.text)) return false;
  for (let k = start; k < first; k += 1) if (isRoleWord(context, catalogue, k)) return false;
  return true;
}

function pick(intro: NonNullable<EntityRecord['introducedBy']>) {
  return { start: intro.start, end: intro.end, text: intro.text };
}

const CONJUNCTION = /^(?:и|і|й|та|and)$/iu;

/**
 * «Міністри оборони України та Норвегії Денис Шмигаль і Торе Сандвік»: a name joined by "and" to a
 * person whose role phrase opens on a plural title shares that title (its state is assigned later,
 * in resolveRoles, with the second state of the phrase).
 */
function sharesPluralTitle(context: MatchContext, catalogue: Catalogue, first: number): boolean {
  const and = context.tokens[first - 1];
  if (!and || !CONJUNCTION.test(and.text) || !joined(context, first - 1, first)) return false;
  const holder = context.claimed[first - 2];
  if (holder?.type !== 'person' || and.sentence !== context.tokens[first]!.sentence) return false;
  let start = first - 2;
  while (start > 0 && context.claimed[start - 1] === holder) start -= 1;
  const role = holder.role ?? roleBefore(context, catalogue, start, first - 2);
  if (!role) return false;
  return opensOnPluralTitle(context.text.slice(role.start, role.end), context.language);
}

export interface Discovery {
  mentions: EntityMention[];
  discovered: EntityRecord[];
  /** New people created on a given name alone, or with no state: for the curator to check. */
  doubts: ArticleEntities['doubts'];
}

export function discoverPeople(context: MatchContext, catalogue: Catalogue, articleId: string): Discovery {
  const mentions: EntityMention[] = [];
  const discovered: EntityRecord[] = [];
  const latin = context.language === 'en';
  const titles = latin ? titleCaseSentences(context) : new Set<number>();
  const linked = new Set<string>();
  const doubts: Discovery['doubts'] = [];
  for (let i = 0; i < context.tokens.length; i += 1) {
    const token = context.tokens[i]!;
    if (context.claimed[i] || !token.capital) continue;
    // Only at the start of a run of capitalized words.
    if (i > 0 && !context.claimed[i - 1] && context.tokens[i - 1]!.capital && joined(context, i - 1, i)) continue;
    const candidate = candidateAt(context, catalogue, i, latin);
    if (!candidate) continue;
    // "Special Representative for the South Caucasus", "chair of the Ad Hoc Liaison Committee",
    // "Secretary-General of the League of Arab States": English puts no article, and no "of" or "for",
    // right before a person's name, only before a place or a body.
    if (latin && objectOfPhrase(context, catalogue, i, candidate.first)) {
      i = candidate.last;
      continue;
    }
    const known =
      givenGender(catalogue, context, candidate.first) !== undefined || context.tokens[candidate.first]!.initial;
    const role =
      titles.has(token.sentence) && !known
        ? undefined
        : (roleBefore(context, catalogue, candidate.first, candidate.last) ??
          roleAfter(context, catalogue, candidate.first, candidate.last));
    const shared = !role && sharesPluralTitle(context, catalogue, candidate.first);
    if (!role && !shared && !(known && !context.tokens[candidate.first]!.initial)) {
      i = candidate.last;
      continue;
    }
    if (context.tokens[candidate.first]!.initial && !role) continue;
    // Named again in this article, in another case: the person just created, not a new one.
    const again = matchAt(context, catalogue, candidate.last, linked);
    if (again && again !== 'unsure') {
      const mention = mentionOf(context, again.first, again.last, {
        type: 'person',
        nodeId: again.nodeId,
        form: 'name',
      });
      if (role) mention.role = role;
      mentions.push(mention);
      claim(context, again.first, again.last, mention);
      i = candidate.last;
      continue;
    }
    let record = newPerson(context, catalogue, candidate, role, articleId);
    const existing = catalogue.records.get(record.id);
    if (existing) record = existing;
    else {
      addRecord(catalogue, record);
      discovered.push(record);
      const intro = record.introducedBy!;
      if (!role && !shared) {
        doubts.push({
          ...pick(intro),
          reason: `new person ${record.id} from a known given name alone, with no role phrase`,
        });
      } else if (role && !role.state && !role.organization) {
        doubts.push({ ...pick(intro), reason: `new person ${record.id}: the role phrase names no state` });
      }
    }
    const mention = mentionOf(context, candidate.first, candidate.last, {
      type: 'person',
      nodeId: record.id,
      form: 'name',
    });
    if (role) mention.role = role;
    mentions.push(mention);
    claim(context, candidate.first, candidate.last, mention);
    linked.add(record.id);
    i = candidate.last;
  }
  return { mentions, discovered, doubts };
}
