/**
 * Finishing role phrases once every mention of the article is known: a counterpart takes the office of
 * the person before it ("министр иностранных дел Азербайджана Джейхун Байрамов … со своим узбекским
 * коллегой Бахтиёром Саидовым" → Minister of Foreign Affairs, Uzbekistan), and a role whose phrase
 * names no state takes the nearest state named earlier in the same sentence.
 */
import type { MatchContext } from './match-context';
import type { EntityMention, EntityRecord } from './types';

function sentenceAt(context: MatchContext, offset: number): number {
  let low = 0;
  let high = context.tokens.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (context.tokens[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return context.tokens[low]?.sentence ?? 0;
}

/**
 * Institutions a Ukrainian text names without a state only when they are Ukraine's own ("речник МЗС",
 * "керівник Офісу Президента"): a foreign one always carries its state ("МЗС Естонії").
 */
const HOME_INSTITUTIONS: Record<string, { pattern: RegExp; state: string }> = {
  uk: {
    pattern: /(^|[^\p{L}])(МЗС|Офіс[уі]? Президента|Верховн(?:а|ої|ій) Рад[аиі]|Кабмін[уі]?)(?![\p{L}])/u,
    state: 'state:ukraine',
  },
};

export function resolveRoles(context: MatchContext, mentions: EntityMention[], discovered: EntityRecord[]): void {
  const byId = new Map(discovered.map((record) => [record.id, record]));
  for (const [index, mention] of mentions.entries()) {
    const role = mention.role;
    if (!role || mention.type !== 'person') continue;
    if (role.title.en === 'Counterpart') {
      const other = mentions
        .slice(0, index)
        .reverse()
        .find((before) => before.type === 'person' && before.role && before.role.title.en !== 'Counterpart');
      if (other?.role) role.title = { ...other.role.title };
      else delete mention.role;
    }
    if (mention.role && role.state === undefined) {
      const sentence = sentenceAt(context, role.start);
      const before = mentions.filter(
        (other) =>
          other.type === 'state' &&
          other.end <= role.start &&
          sentenceAt(context, other.start) === sentence &&
          !mentions.some(
            (holder) =>
              holder !== mention && holder.role && other.start >= holder.role.start && other.end <= holder.role.end,
          ),
      );
      // Only when the sentence names exactly one state before the role: otherwise it is a guess.
      const states = new Set(before.map((other) => other.nodeId));
      const home = HOME_INSTITUTIONS[context.language];
      if (home && home.pattern.test(context.text.slice(role.start, role.end))) {
        role.state = home.state;
        role.stateSource = 'institution';
      } else if (states.size === 1) {
        role.state = [...states][0]!;
        role.stateSource = 'sentence';
      }
    }
    const record = byId.get(mention.nodeId);
    if (record && record.state === undefined && mention.role?.state) record.state = mention.role.state;
  }
}
