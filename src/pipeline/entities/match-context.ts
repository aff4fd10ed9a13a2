/** The article as the matchers see it: its tokens, their folded keys and candidate nominatives. */
import { lemmaCandidates } from '../names/inflection';
import { foldWord } from '../text/fold';
import { tokenize, type Token } from '../text/tokens';
import type { EntityMention } from './types';

export interface MatchContext {
  text: string;
  language: string;
  tokens: Token[];
  keys: string[];
  /** Candidate nominatives per token, computed on first use. */
  lemmas: (i: number) => readonly string[];
  /** Token index → the mention that already covers it. */
  claimed: (EntityMention | undefined)[];
}

export function matchContext(
  text: string,
  language: string,
  skip: readonly { start: number; end: number }[],
): MatchContext {
  const tokens = tokenize(text, skip);
  const keys = tokens.map((token) => foldWord(token.text));
  const cache: (readonly string[] | undefined)[] = [];
  return {
    text,
    language,
    tokens,
    keys,
    lemmas: (i) => (cache[i] ??= lemmaCandidates(keys[i]!)),
    claimed: new Array<EntityMention | undefined>(tokens.length),
  };
}

/** Only spaces (and quotes, which names often sit in) between two tokens: they belong to one phrase. */
export function adjacent(context: MatchContext, left: number, right: number): boolean {
  const a = context.tokens[left];
  const b = context.tokens[right];
  if (!a || !b || a.sentence !== b.sentence) return false;
  const gap = context.text.slice(a.end, b.start);
  // "U.S.": single letters joined by dots are one abbreviation.
  if (gap === '.' && a.end - a.start === 1 && b.end - b.start === 1) return true;
  return /^[\s\u00a0«»"“”„]*$/u.test(gap);
}

export function mentionOf(
  context: MatchContext,
  first: number,
  last: number,
  fields: Omit<EntityMention, 'start' | 'end' | 'text'>,
): EntityMention {
  const start = context.tokens[first]!.start;
  const end = context.tokens[last]!.end;
  return { start, end, text: context.text.slice(start, end), ...fields };
}

export function claim(context: MatchContext, first: number, last: number, mention: EntityMention): void {
  for (let i = first; i <= last; i += 1) context.claimed[i] = mention;
}
