/**
 * Reading the role phrase before a name: "заступник міністра закордонних справ України Олександр
 * Міщенко", "посол России в Азербайджане Михаил Евдокимов", "Kazakhstan's Deputy Foreign Minister
 * Roman Vassilenko". The words right before the name are classified (role words, states,
 * organizations, connectors); the phrase is the unbroken run of them that ends at the name.
 */
import type { Catalogue } from './catalogue';
import type { MatchContext } from './match-context';
import type { RoleLexicon, RoleWord } from './role-lexicon';
import { composeRole, type RoleUnit } from './role-title';
import type { RoleMention } from './types';

const WINDOW = 16;

function matchRoleWord(
  context: MatchContext,
  lexicon: RoleLexicon,
  i: number,
  limit: number,
): { length: number; word: RoleWord } | undefined {
  let best: { length: number; word: RoleWord } | undefined;
  for (const candidate of context.lemmas(i)) {
    for (const entry of lexicon.get(candidate) ?? []) {
      const length = entry.words.length;
      if (i + length > limit || (best && best.length >= length)) continue;
      let ok = true;
      for (let k = 1; k < length && ok; k += 1) ok = context.lemmas(i + k).includes(entry.words[k]!);
      if (ok) best = { length, word: entry.word };
    }
  }
  return best;
}

/** The units of the words in [from, to), left to right. */
function unitsOf(context: MatchContext, catalogue: Catalogue, from: number, to: number): RoleUnit[] {
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

/** Text between two units that keeps them in one phrase. */
function joins(context: MatchContext, left: RoleUnit, right: RoleUnit, onlyRanksRight: boolean): boolean {
  const gap = context.text.slice(context.tokens[left.last]!.end, context.tokens[right.first]!.start);
  if (/^[\s\u00a0«»"“”„()–—-]*$/u.test(gap)) return true;
  // "головою …служби Азербайджану, генерал-полковником Ельчіном Гулієвим": a rank may follow a comma.
  return onlyRanksRight && /^[\s\u00a0»"”)]*,\s*$/u.test(gap);
}

/** The role phrase that ends right before token `nameStart`, if there is one. */
export function roleBefore(context: MatchContext, catalogue: Catalogue, nameStart: number): RoleMention | undefined {
  if (catalogue.roles.size === 0 || nameStart === 0) return undefined;
  const sentence = context.tokens[nameStart]!.sentence;
  let from = nameStart;
  while (from > 0 && nameStart - from < WINDOW && context.tokens[from - 1]!.sentence === sentence) from -= 1;
  const units = unitsOf(context, catalogue, from, nameStart);
  const phrase: RoleUnit[] = [];
  const nameUnit: RoleUnit = { first: nameStart, last: nameStart, word: { kind: 'other' } };
  for (let u = units.length - 1; u >= 0; u -= 1) {
    const unit = units[u]!;
    if (unit.word.kind === 'other') break;
    const right = phrase[0] ?? nameUnit;
    if (
      !joins(
        context,
        unit,
        right,
        phrase.every((p) => p.word.kind === 'rank'),
      )
    )
      break;
    phrase.unshift(unit);
  }
  while (phrase.length > 0 && phrase[0]!.word.kind === 'connector') phrase.shift();
  const role = composeRole(phrase);
  if (!role) return undefined;
  return { ...role, start: context.tokens[phrase[0]!.first]!.start, end: context.tokens[nameStart]!.start };
}
