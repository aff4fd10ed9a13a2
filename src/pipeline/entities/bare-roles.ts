/**
 * A role standing for a person: «Президент Азербайджана подробно проинформировал…» is the person this
 * article names as President of Azerbaijan. Linked only when the article names exactly one person with
 * that title and state. A capitalized «Глава государства» or «Президент» without a state is the President the
 * article names first, when that is its first person; other roles without a state are left alone.
 */
import type { Catalogue } from './catalogue';
import { claim, type MatchContext } from './match-context';
import { joins, unitsOf } from './role-phrase';
import { composeRole, type RoleUnit } from './role-title';
import type { EntityMention } from './types';

const PHRASE_WORDS = new Set(['head', 'contraction', 'modifier', 'domain', 'state', 'connector']);
const POSTING = new Set(['в', 'во', 'у', 'to', 'in']);

const HEAD_OF_STATE_TITLES = new Set(['President', 'Head of State']);

/**
 * «Глава государства принял…», «Президент візьме участь…», with no state: on a presidential site or in
 * a readout this is the article's protagonist, the President it names first, before anyone else.
 */
function protagonist(mentions: readonly EntityMention[], title: string, at: number): Set<string> | undefined {
  if (!HEAD_OF_STATE_TITLES.has(title)) return undefined;
  const first = mentions.find((m) => m.type === 'person');
  if (!first || first.start >= at || first.role?.title.en !== 'President' || !first.role.state) return undefined;
  return new Set([first.nodeId]);
}

export function matchBareRoles(
  context: MatchContext,
  catalogue: Catalogue,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const holders = new Map<string, Set<string>>();
  for (const mention of mentions) {
    if (mention.type !== 'person' || !mention.role?.state) continue;
    const key = `${mention.role.title.en}|${mention.role.state}`;
    const set = holders.get(key) ?? new Set<string>();
    set.add(mention.nodeId);
    holders.set(key, set);
  }
  if (holders.size === 0) return [];
  const found: EntityMention[] = [];
  for (let i = 0; i < context.tokens.length; i += 1) {
    // Only a head in the nominative, the subject of its clause: «Президент Азербайджана подробно
    // проинформировал». Oblique forms are too often the office itself («выборы президента России»).
    if (context.claimed[i] || !catalogue.roles.has(context.keys[i]!)) continue;
    let end = i;
    while (
      end + 1 < context.tokens.length &&
      end - i < 10 &&
      context.tokens[end + 1]!.sentence === context.tokens[i]!.sentence
    )
      end += 1;
    const units = unitsOf(context, catalogue, i, end + 1);
    const phrase: RoleUnit[] = [];
    for (const unit of units) {
      if (!PHRASE_WORDS.has(unit.word.kind)) break;
      const left = phrase[phrase.length - 1];
      if (left && !joins(context, left, unit, false)) break;
      phrase.push(unit);
    }
    // A name right after the phrase makes it a role phrase, handled with the name.
    const full = phrase[phrase.length - 1];
    if (!full) continue;
    // …also past the capitalized name of a body: "Speaker of the Turkish Grand National Assembly Numan Koral".
    let after = full.last + 1;
    while (
      after < context.tokens.length &&
      after - full.last <= 4 &&
      !context.claimed[after] &&
      context.tokens[after]!.capital &&
      context.tokens[after]!.sentence === context.tokens[i]!.sentence
    )
      after += 1;
    if (context.claimed[after]?.type === 'person') continue;
    // "визита Президента Беларуси в Азербайджан": the destination is not part of the role.
    const posting = phrase.findIndex((unit) => unit.word.kind === 'connector' && POSTING.has(unit.word.word));
    if (posting !== -1) phrase.length = posting;
    while (phrase.length > 0 && phrase[phrase.length - 1]!.word.kind === 'connector') phrase.pop();
    const last = phrase[phrase.length - 1];
    if (!last || phrase[0]!.word.kind === 'connector') continue;
    const role = composeRole(phrase);
    const people = role?.state
      ? holders.get(`${role.title.en}|${role.state}`)
      : role && context.tokens[i]!.capital
        ? protagonist(mentions, role.title.en, context.tokens[i]!.start)
        : undefined;
    if (!role || !people || people.size !== 1) continue;
    const start = context.tokens[i]!.start;
    const stop = context.tokens[last.last]!.end;
    const mention: EntityMention = {
      start,
      end: stop,
      text: context.text.slice(start, stop),
      type: 'person',
      nodeId: [...people][0]!,
      form: 'role',
      role: { ...role, start, end: stop },
    };
    found.push(mention);
    claim(context, i, last.last, mention);
    i = last.last;
  }
  return found;
}
