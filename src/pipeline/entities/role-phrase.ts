/**
 * Reading the role phrase before a name: "заступник міністра закордонних справ України Олександр
 * Міщенко", "посол России в Азербайджане Михаил Евдокимов", "Kazakhstan's Deputy Foreign Minister
 * Roman Vassilenko". The words right before the name are classified (role words, states,
 * organizations, connectors); the phrase is the unbroken run of them that ends at the name.
 */
import { findCity } from '../meetings/places';
import { lemmaCandidates } from '../names/inflection';
import type { Catalogue } from './catalogue';
import type { MatchContext } from './match-context';
import type { RoleLexicon, RoleWord } from './role-lexicon';
import { composeRole, type RoleUnit } from './role-title';
import type { RoleMention } from './types';

const WINDOW = 16;
const GENITIVE_LIKE = /(ой|ей|ої|их|ых|ого|его|ы|и|і|ї|ия|ія|а|я|у)$/u;
const REFLEXIVE = /(ся|сь)$/u;
const PAST_VERB = /[аеиоуыяі]л[аио]$/u;
const DATIVE_PLURAL = /(ым|им|ам|ям)$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const TITLE_KINDS = new Set(['head', 'contraction', 'modifier']);
const FUNCTION_CONNECTORS = new Set(['and', 'of', 'for', 'the', 'to', 'in', 'at', 'with']);

/** Latin role words are listed in the singular; "ministers", "presidents" are read as their singular too. */
const ENGLISH_PLURAL = /^[a-z]{4,}s$/u;

function roleLemmas(context: MatchContext, i: number): readonly string[] {
  const lemmas = context.lemmas(i);
  const key = context.keys[i];
  if (!key || !ENGLISH_PLURAL.test(key) || key.endsWith('ss')) return lemmas;
  return [...lemmas, key.slice(0, -1)];
}

/** "вице-спикер", "віце-канцлер", "vice-chair": a deputy of a head the lexicon knows, written as one hyphenated word. */
const VICE = /^(?:вице|віце|vice)-(\p{L}{3,})$/u;

function viceCompound(context: MatchContext, lexicon: RoleLexicon, i: number): RoleWord | undefined {
  const rest = VICE.exec(context.keys[i] ?? '')?.[1];
  if (!rest) return undefined;
  for (const lemma of [rest, ...lemmaCandidates(rest)]) {
    const entry = (lexicon.get(lemma) ?? []).find((e) => e.words.length === 1 && e.word.kind === 'head');
    if (entry && entry.word.kind === 'head')
      return { kind: 'contraction', modifier: 'Deputy', title: entry.word.title, headKind: entry.word.headKind };
  }
  return undefined;
}

function matchRoleWord(
  context: MatchContext,
  lexicon: RoleLexicon,
  i: number,
  limit: number,
): { length: number; word: RoleWord } | undefined {
  let best: { length: number; word: RoleWord } | undefined;
  for (const candidate of roleLemmas(context, i)) {
    for (const entry of lexicon.get(candidate) ?? []) {
      const length = entry.words.length;
      if (i + length > limit || (best && best.length >= length)) continue;
      let ok = true;
      for (let k = 1; k < length && ok; k += 1) ok = roleLemmas(context, i + k).includes(entry.words[k]!);
      if (ok) best = { length, word: entry.word };
    }
  }
  if (best) return best;
  const vice = viceCompound(context, lexicon, i);
  return vice && i + 1 <= limit ? { length: 1, word: vice } : undefined;
}

/** The units of the words in [from, to), left to right. */
export function unitsOf(context: MatchContext, catalogue: Catalogue, from: number, to: number): RoleUnit[] {
  const units: RoleUnit[] = [];
  for (let i = from; i < to;) {
    const claimed = context.claimed[i];
    if (claimed && claimed.type !== 'person') {
      let last = i;
      while (last + 1 < to && context.claimed[last + 1] === claimed) last += 1;
      const record = catalogue.records.get(claimed.nodeId);
      units.push({
        first: i,
        last,
        word:
          claimed.type === 'state'
            ? { kind: 'state', id: claimed.nodeId }
            : { kind: 'organization', id: claimed.nodeId, state: record?.state },
      });
      i = last + 1;
      continue;
    }
    const city = !claimed && context.tokens[i]!.capital ? findCity(context.tokens[i]!.text) : undefined;
    if (city) {
      units.push({ first: i, last: i, word: { kind: 'place', state: city.state } });
      i += 1;
      continue;
    }
    const role = claimed ? undefined : matchRoleWord(context, catalogue.roles, i, to);
    if (role) {
      units.push({ first: i, last: i + role.length - 1, word: role.word });
      i += role.length;
      continue;
    }
    units.push({ first: i, last: i, word: { kind: 'other' } });
    i += 1;
  }
  return units;
}

/**
 * The run of unknown capitalized words ending at unit u starts right after a connector, a state or a
 * title word: it names the body of the role ("of the Board", "Turkish Grand National Assembly").
 */
function anchored(units: readonly RoleUnit[], u: number): boolean {
  let k = u - 1;
  while (k >= 0 && u - k <= 4 && units[k]!.word.kind === 'other') k -= 1;
  const kind = units[k]?.word.kind;
  return kind === 'connector' || kind === 'state' || (kind !== undefined && TITLE_KINDS.has(kind));
}

/** Text between two units that keeps them in one phrase. */
export function joins(context: MatchContext, left: RoleUnit, right: RoleUnit, onlyRanksRight: boolean): boolean {
  const gap = context.text.slice(context.tokens[left.last]!.end, context.tokens[right.first]!.start);
  // Spaces, quotes, brackets, dashes, and the English possessive ("Kazakhstan's Deputy Foreign Minister").
  if (/^(?:['’]s)?[\s\u00a0«»"“”„()–—-]*$/u.test(gap)) return true;
  // "головою …служби Азербайджану, генерал-полковником Ельчіном Гулієвим": a rank may follow a comma.
  return onlyRanksRight && /^[\s\u00a0»"”)]*,\s*$/u.test(gap);
}

function sentenceBounds(context: MatchContext, index: number): { from: number; to: number } {
  const sentence = context.tokens[index]!.sentence;
  let from = index;
  while (from > 0 && index - from < WINDOW && context.tokens[from - 1]!.sentence === sentence) from -= 1;
  let to = index;
  while (to + 1 < context.tokens.length && to - index < WINDOW && context.tokens[to + 1]!.sentence === sentence)
    to += 1;
  return { from, to };
}

/**
 * The role phrase that ends right before the name in tokens [nameFirst, nameLast]; offsets cover the
 * phrase and the name.
 */
export function roleBefore(
  context: MatchContext,
  catalogue: Catalogue,
  nameFirst: number,
  nameLast = nameFirst,
): RoleMention | undefined {
  if (catalogue.roles.size === 0 || nameFirst === 0) return undefined;
  const units = unitsOf(context, catalogue, sentenceBounds(context, nameFirst).from, nameFirst);
  const latin = context.language === 'en';
  const phrase: RoleUnit[] = [];
  const nameUnit: RoleUnit = { first: nameFirst, last: nameFirst, word: { kind: 'other' } };
  let fillers = 0;
  const connectorBefore = (u: number, reach: number) =>
    units.slice(Math.max(0, u - reach), u).some((x) => x.word.kind === 'connector');
  for (let u = units.length - 1; u >= 0; u -= 1) {
    const unit = units[u]!;
    if (unit.word.kind === 'other') {
      // Up to two unknown lower-case genitive words may sit inside: "министром окружающей среды Японии".
      // After a connector, a complement may hold up to four, capitalized ones right after it, and dative
      // plurals after «по»: «директором по многосторонним делам», «секретар з питань Заходу»,
      // «секретарем Організації Чорноморського економічного співробітництва».
      const token = context.tokens[unit.first]!;
      // A person already named is never inside another's title ("President Ilham Aliyev Foreign Minister …").
      if (context.claimed[unit.first]?.type === 'person') break;
      const complement = connectorBefore(u, 4 - fillers);
      // An unknown acronym does not decline and names the body: «председатель ГКНБ Киргизии», "head of the SBU".
      const acronym = ACRONYM.test(token.text);
      const left = units[u - 1];
      const afterConnector = left?.word.kind === 'connector';
      // «директор Третьего департамента», «секретарь Парламентской ассамблеи»: a capitalized genitive
      // right after the title opens the name of the body it heads.
      // «Председатель Совета Федерации»: a run of them, too, as long as a title or connector opens it.
      const afterTitle = !latin && left !== undefined && (TITLE_KINDS.has(left.word.kind) || anchored(units, u));

      // «з євразійських справ», «по гуманитарных делам»: a genitive plural adjective before a noun whose
      // plural genitive has no ending.
      const leftText = left?.word.kind === 'other' ? context.tokens[left.last]!.text : '';
      const pluralNoun = !latin && !token.capital && /(?:их|ых)$/u.test(leftText);
      // English does not decline: a capitalized word after a connector is the office's object
      // ("Minister for Europe and Foreign Affairs", "Chairman of the Board").
      // "Speaker of the Turkish Grand National Assembly": capitalized words after a state or a title too.
      const latinObject = latin && token.capital && anchored(units, u);
      const capitalOk = !token.capital || acronym || afterConnector || afterTitle || latinObject;
      const caseOk =
        acronym ||
        latinObject ||
        GENITIVE_LIKE.test(token.text) ||
        pluralNoun ||
        (complement && DATIVE_PLURAL.test(token.text));
      // A reflexive verb ends like a genitive but ends the phrase: «Президент України зустрівся з прем'єр-міністром …».
      if (fillers >= (complement ? 4 : 2) || !capitalOk || !caseOk || REFLEXIVE.test(token.text)) break;
      // A past-tense verb ends like a genitive too: «заступниця Міністра прийняла Спеціального представника …».
      if (!token.capital && PAST_VERB.test(token.text)) break;
      fillers += 1;
    }
    // Each connector opens a complement of its own: «секретарь Парламентской ассамблеи Организации
    // Черноморского экономического сотрудничества» holds two runs of unknown words.
    if (unit.word.kind === 'connector') fillers = 0;
    const right = phrase[0] ?? nameUnit;
    const joined =
      joins(
        context,
        unit,
        right,
        phrase.every((p) => p.word.kind === 'rank'),
      ) ||
      (latin && right !== nameUnit && listed(context, unit, right));
    if (!joined) break;
    phrase.unshift(unit);
  }
  // "the EU High Representative for Foreign Affairs and Security Policy": capitalized words right after a
  // connector are its object, not a name.
  const lastWord = phrase[phrase.length - 1]?.word;
  if (latin && lastWord?.kind === 'connector' && FUNCTION_CONNECTORS.has(lastWord.word)) return undefined;
  // "у Варшаві з главами МЗС Польщі та Литви …": a place before the title is where, not part of the title.
  const leading = new Set(['connector', 'other', 'place']);
  while (phrase.length > 0 && leading.has(phrase[0]!.word.kind)) phrase.shift();
  const role = composeRole(phrase);
  if (!role) return undefined;
  return { ...role, start: context.tokens[phrase[0]!.first]!.start, end: context.tokens[nameLast]!.end };
}

/**
 * "for Economy, Energy and Tourism": English lists the fields of one ministry with commas. A comma joins
 * two units when both are fields (domains, or capitalized words the lexicon does not know), and a
 * connector ("and") closes the list further right, so two offices in a row ("Economy, Deputy …") stay apart.
 */
function listed(context: MatchContext, left: RoleUnit, right: RoleUnit): boolean {
  const gap = context.text.slice(context.tokens[left.last]!.end, context.tokens[right.first]!.start);
  if (!/^,\s+$/u.test(gap)) return false;
  const field = (unit: RoleUnit) =>
    unit.word.kind === 'domain' || (unit.word.kind === 'other' && context.tokens[unit.first]!.capital);
  if (!field(left) || !field(right)) return false;
  for (let i = right.last + 1; i < Math.min(context.tokens.length, right.last + 4); i += 1) {
    if (context.keys[i] === 'and') return true;
  }
  return false;
}

/** An appositive role after the name: "Péter Szijjártó, Minister of Foreign Affairs and Trade of Hungary". */
export function roleAfter(
  context: MatchContext,
  catalogue: Catalogue,
  nameFirst: number,
  nameLast: number,
): RoleMention | undefined {
  const next = context.tokens[nameLast + 1];
  if (catalogue.roles.size === 0 || !next || next.sentence !== context.tokens[nameLast]!.sentence) return undefined;
  if (!/^\s*,\s*$/.test(context.text.slice(context.tokens[nameLast]!.end, next.start))) return undefined;
  // "Ararat Mirzoyan, the foreign minister of Armenia": an English article before the role is not part of it.
  const from = context.language === 'en' && /^(?:the|a|an)$/iu.test(next.text) ? nameLast + 2 : nameLast + 1;
  const units = unitsOf(context, catalogue, from, sentenceBounds(context, nameLast + 1).to + 1);
  const phrase: RoleUnit[] = [];
  for (const unit of units) {
    if (unit.word.kind === 'other') break;
    const left = phrase[phrase.length - 1];
    if (left && !joins(context, left, unit, false)) break;
    phrase.push(unit);
  }
  while (phrase.length > 0 && phrase[phrase.length - 1]!.word.kind === 'connector') phrase.pop();
  if (phrase[0]?.word.kind === 'connector') return undefined;
  const role = composeRole(phrase);
  if (!role) return undefined;
  return {
    ...role,
    start: context.tokens[nameFirst]!.start,
    end: context.tokens[phrase[phrase.length - 1]!.last]!.end,
  };
}
