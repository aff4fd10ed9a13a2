/**
 * A person referred back to by nationality and office: «египетского министра», «норвезького прем'єра»,
 * "the Moldovan minister", "the Indonesian deputy minister", «индонезийского дипломата». Wires and
 * releases name a guest once and then so. Linked only when the article has already named exactly one
 * person of that state; a name right after the words makes them a role phrase instead, read with the name.
 */
import type { Catalogue } from './catalogue';
import { adjacent, claim, type MatchContext } from './match-context';
import type { EntityMention } from './types';

/** Nouns that stand for an official without being a title of one. */
const OFFICIAL_NOUNS = /^(?:дипломат\p{L}*|лидер\p{L}*|лідер\p{L}*|diplomats?|leaders?|envoys?)$/iu;
const TITLE_KINDS = new Set(['head', 'modifier', 'contraction']);

function officialWord(context: MatchContext, catalogue: Catalogue, i: number): boolean {
  if (OFFICIAL_NOUNS.test(context.tokens[i]!.text)) return true;
  return context
    .lemmas(i)
    .some((lemma) => (catalogue.roles.get(lemma) ?? []).some((entry) => TITLE_KINDS.has(entry.word.kind)));
}

export function matchAdjectiveRoles(
  context: MatchContext,
  catalogue: Catalogue,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  const { tokens } = context;
  let t = 0;
  for (const adjective of mentions) {
    if (adjective.type !== 'state' || adjective.form !== 'adjective') continue;
    while (t < tokens.length && tokens[t]!.start < adjective.end) t += 1;
    const first = t;
    let last = first - 1;
    while (
      last + 1 < tokens.length &&
      last + 1 < first + 3 &&
      !context.claimed[last + 1] &&
      !tokens[last + 1]!.capital &&
      adjacent(context, last, last + 1) &&
      officialWord(context, catalogue, last + 1)
    )
      last += 1;
    if (last < first) continue;
    // «египетского министра Бадра Абделатти»: a name follows, so this is its role phrase.
    const next = tokens[last + 1];
    if (next && next.capital && adjacent(context, last, last + 1)) continue;
    const people = new Set<string>();
    for (const m of mentions) {
      if (m.type !== 'person' || m.end > adjective.start) continue;
      const state = m.role?.state ?? catalogue.records.get(m.nodeId)?.state;
      if (state === adjective.nodeId) people.add(m.nodeId);
    }
    if (people.size !== 1) continue;
    const start = adjective.start;
    const end = tokens[last]!.end;
    const mention: EntityMention = {
      start,
      end,
      text: context.text.slice(start, end),
      type: 'person',
      nodeId: [...people][0]!,
      form: 'role',
    };
    found.push(mention);
    claim(context, first, last, mention);
  }
  return found;
}
